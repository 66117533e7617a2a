import { insertAccount } from '@test/factories/account.factory';
import { TEST_PASSWORD } from '@test/support/accounts';
import { useTestServices } from '@test/support/use-test-services';
import { AuthModule } from './auth.module';
import { LogInService } from './log-in.service';
import { PasswordHasher } from './password-hasher';
import { Role } from './roles';
import { totpCode } from './second-factor/totp';

const MAX_FAILURES = 5;
const DELAY_STEP_MS = 50;
const MAX_DELAY_MS = 8 * DELAY_STEP_MS;

const INVALID = { code: 'AUTH.INVALID_CREDENTIALS' };
const REFUSED = { code: 'AUTH.TOO_MANY_ATTEMPTS' };

describe('Log-in throttling on real rows: refused per email and address, only slowed per account and per address', () => {
  // One connection in the pool: a log-in that held it while waiting out its delay would stall every other one.
  const { get, database } = useTestServices([AuthModule], {
    environment: { DB_POOL_SIZE: '1', LOGIN_FAILURE_DELAY_MS: String(DELAY_STEP_MS) },
  });
  const logIn = (email: string, address: string, password = TEST_PASSWORD, oneTimeCode?: string) =>
    get(LogInService).logIn({ email, password, address, oneTimeCode });
  const newAccount = async (role = Role.PROVIDER) =>
    insertAccount(database(), role, { passwordHash: await get(PasswordHasher).hash(TEST_PASSWORD) });
  let addresses = 0;
  const newAddress = () => `192.0.2.${++addresses}`;

  async function failRepeatedly(email: string, address: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      await expect(logIn(email, address, `wrong password ${i}`)).rejects.toMatchObject(
        i < MAX_FAILURES ? INVALID : REFUSED,
      );
    }
  }

  async function timed<T>(work: Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await work;
    return { result, ms: performance.now() - started };
  }

  it('lets an admin in with the right password from the address where another account is refused', async () => {
    const [target, admin] = [await newAccount(), await newAccount(Role.ADMIN)];
    const clinic = newAddress();
    await failRepeatedly(target.email, clinic, 25);
    await expect(logIn(target.email, clinic)).rejects.toMatchObject(REFUSED);
    const code = totpCode(admin.totpSecret as string);
    expect((await logIn(admin.email, clinic, TEST_PASSWORD, code)).account.id).toBe(admin.id);
  });

  it('refuses an unknown email from an address exactly as a registered one', async () => {
    const [target, address] = [await newAccount(), newAddress()];
    await failRepeatedly(target.email, address, MAX_FAILURES);
    await failRepeatedly('nobody@example.test', address, MAX_FAILURES);
    const refusal = (email: string) => logIn(email, address).catch((error: unknown) => error);
    const [known, unknown] = [await refusal(target.email), await refusal('nobody@example.test')];
    expect(known).toMatchObject(REFUSED);
    expect(unknown).toEqual(known);
  });

  it('lets the owner in from elsewhere, slowed but bounded, while guesses from other addresses are refused', async () => {
    const owner = await newAccount();
    for (let i = 0; i < 2; i++) await failRepeatedly(owner.email, newAddress(), MAX_FAILURES);
    const { result, ms } = await timed(logIn(owner.email, newAddress()));
    expect(result.account.id).toBe(owner.id);
    expect(ms).toBeGreaterThanOrEqual(MAX_DELAY_MS);
    expect(ms).toBeLessThan(MAX_DELAY_MS + 1000);
  });

  it('waits out a delay without holding a database connection', async () => {
    const [slowed, other] = [await newAccount(), await newAccount()];
    await failRepeatedly(slowed.email, newAddress(), MAX_FAILURES);
    await failRepeatedly(slowed.email, newAddress(), MAX_FAILURES);
    const waiting = timed(logIn(slowed.email, newAddress()));
    const meanwhile = await timed(logIn(other.email, newAddress()));
    expect(meanwhile.ms).toBeLessThan(MAX_DELAY_MS);
    expect((await waiting).result.account.id).toBe(slowed.id);
  });

  it('resets the pair’s count on a success', async () => {
    const [account, address] = [await newAccount(), newAddress()];
    await failRepeatedly(account.email, address, MAX_FAILURES - 1);
    expect((await logIn(account.email, address)).account.id).toBe(account.id);
    await failRepeatedly(account.email, address, MAX_FAILURES - 1);
    expect((await logIn(account.email, address)).account.id).toBe(account.id);
  });

  it('forgets a refused pair once LOGIN_LOCKOUT_MINUTES pass without a failure', async () => {
    const [account, address] = [await newAccount(), newAddress()];
    await failRepeatedly(account.email, address, MAX_FAILURES);
    await expect(logIn(account.email, address)).rejects.toMatchObject(REFUSED);
    await database().query(`UPDATE login_throttles SET last_failed_at = now() - interval '16 minutes'`);
    expect((await logIn(account.email, address)).account.id).toBe(account.id);
  });
});
