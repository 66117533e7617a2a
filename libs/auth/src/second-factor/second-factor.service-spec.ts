import { insertAccount } from '@test/factories/account.factory';
import { TEST_PASSWORD } from '@test/support/accounts';
import { useTestServices } from '@test/support/use-test-services';
import { AccountRegistrationService } from '../account-registration.service';
import { AuthModule } from '../auth.module';
import { LogInService } from '../log-in.service';
import { PasswordHasher } from '../password-hasher';
import { recoveryCodeHash } from './recovery-codes';
import { Role } from '../roles';
import { SecondFactorEnrollmentService } from './second-factor-enrollment.service';
import { TOTP_PERIOD_SECONDS, totpCode } from './totp';

const MAX_FAILURES = 5;
const INVALID = { code: 'AUTH.INVALID_CREDENTIALS' };
const REFUSED = { code: 'AUTH.TOO_MANY_ATTEMPTS' };
const ENROLLMENT_REQUIRED = { code: 'AUTH.SECOND_FACTOR_ENROLLMENT_REQUIRED' };
const CODE_REQUIRED = { code: 'AUTH.SECOND_FACTOR_REQUIRED' };

/** The code of the step after this one: still accepted, and newer than one accepted just before. */
const nextCode = (secret: string) => totpCode(secret, new Date(Date.now() + TOTP_PERIOD_SECONDS * 1000));

describe('Admins’ second factor on real rows: enrolled at the first log-in, asked for at every later one', () => {
  const { get, database } = useTestServices([AuthModule], { environment: { LOGIN_FAILURE_DELAY_MS: '1' } });
  let addresses = 0;
  const newAddress = () => `198.51.100.${++addresses}`;
  const logIn = (email: string, oneTimeCode?: string, address = newAddress(), password = TEST_PASSWORD) =>
    get(LogInService).logIn({ email, password, address, oneTimeCode });
  const newAccount = async (role: Role, secondFactor = true) =>
    insertAccount(database(), role, { secondFactor, passwordHash: await get(PasswordHasher).hash(TEST_PASSWORD) });
  const auditActions = async (accountId: string) =>
    (
      await database().query<{ action: string }>(
        'SELECT action FROM account_audit_events WHERE account_id = $1 ORDER BY id',
        [accountId],
      )
    ).map((row) => row.action);

  /** A new admin as create-admin leaves one (pending secret), enrolled through its first log-in. */
  async function enrolledAdmin() {
    const admin = await newAccount(Role.ADMIN, false);
    const { secret } = await get(SecondFactorEnrollmentService).start({
      email: admin.email,
      password: TEST_PASSWORD,
      address: newAddress(),
    });
    const { recoveryCodes } = await logIn(admin.email, totpCode(secret));
    return { ...admin, secret, recoveryCodes: recoveryCodes as string[] };
  }

  it('asks an admin without a confirmed factor to enroll, and confirms it at the first log-in with its code', async () => {
    const admin = await newAccount(Role.ADMIN, false);
    await expect(logIn(admin.email)).rejects.toMatchObject(ENROLLMENT_REQUIRED);
    await expect(logIn(admin.email, '123456')).rejects.toMatchObject(ENROLLMENT_REQUIRED);

    const enrollment = await get(SecondFactorEnrollmentService).start({
      email: admin.email,
      password: TEST_PASSWORD,
      address: newAddress(),
    });
    expect(enrollment.otpauthUri).toContain(`secret=${enrollment.secret}`);
    await expect(logIn(admin.email)).rejects.toMatchObject(ENROLLMENT_REQUIRED);
    await expect(logIn(admin.email, totpCode(enrollment.secret, new Date(0)))).rejects.toMatchObject(INVALID);

    const session = await logIn(admin.email, totpCode(enrollment.secret));
    expect(session.account.id).toBe(admin.id);
    expect(session.recoveryCodes).toHaveLength(10);
    await expect(logIn(admin.email)).rejects.toMatchObject(CODE_REQUIRED);
    expect((await logIn(admin.email, nextCode(enrollment.secret))).recoveryCodes).toBeNull();
    expect(await auditActions(admin.id)).toEqual(['START_SECOND_FACTOR_ENROLLMENT', 'CONFIRM_SECOND_FACTOR']);
  });

  it('keeps the secret sealed and the recovery codes hashed', async () => {
    const admin = await enrolledAdmin();
    const [{ sealed }] = await database().query<{ sealed: string }>(
      'SELECT sealed_secret AS sealed FROM account_totp_secrets WHERE account_id = $1',
      [admin.id],
    );
    const hashes = await database().query<{ hash: string }>(
      'SELECT code_hash AS hash FROM account_recovery_codes WHERE account_id = $1 ORDER BY code_hash',
      [admin.id],
    );
    expect(sealed).not.toContain(admin.secret);
    expect(hashes.map((row) => row.hash)).toEqual(admin.recoveryCodes.map(recoveryCodeHash).sort());
  });

  it('accepts each code once, even two log-ins racing with it', async () => {
    const admin = await enrolledAdmin();
    const code = nextCode(admin.secret);
    const results = await Promise.allSettled([logIn(admin.email, code), logIn(admin.email, code)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(logIn(admin.email, code)).rejects.toMatchObject(INVALID);
  });

  it('takes a recovery code in place of a code, once, and audits its use', async () => {
    const admin = await enrolledAdmin();
    const [recoveryCode] = admin.recoveryCodes;
    expect((await logIn(admin.email, recoveryCode.toUpperCase())).account.id).toBe(admin.id);
    await expect(logIn(admin.email, recoveryCode)).rejects.toMatchObject(INVALID);
    const [event] = await database().query<{ reason: string }>(
      `SELECT reason FROM account_audit_events WHERE account_id = $1 AND action = 'USE_RECOVERY_CODE'`,
      [admin.id],
    );
    expect(event.reason).toBe('9 unused recovery codes left');
  });

  it('counts wrong codes as failed log-ins, yet lets the right password and a valid code through a refused pair', async () => {
    const admin = await enrolledAdmin();
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES; i++) {
      await expect(logIn(admin.email, '000000', address)).rejects.toMatchObject(INVALID);
    }
    await expect(logIn(admin.email, undefined, address)).rejects.toMatchObject(REFUSED);
    await expect(logIn(admin.email, admin.recoveryCodes[0], address, 'a wrong password')).rejects.toMatchObject(
      REFUSED,
    );
    await expect(logIn(admin.email, '000000', address)).rejects.toMatchObject(REFUSED);
    expect((await logIn(admin.email, admin.recoveryCodes[1], address)).account.id).toBe(admin.id);
    await expect(logIn(admin.email, undefined, address)).rejects.toMatchObject(CODE_REQUIRED);
  });

  it('does not let a code carry an account without a second factor through a refused pair', async () => {
    const provider = await newAccount(Role.PROVIDER);
    const address = newAddress();
    for (let i = 0; i < MAX_FAILURES; i++) {
      await expect(logIn(provider.email, undefined, address, `wrong ${i}`)).rejects.toMatchObject(INVALID);
    }
    await expect(logIn(provider.email, '123456', address)).rejects.toMatchObject(REFUSED);
    expect((await logIn(provider.email, '123456')).recoveryCodes).toBeNull();
  });

  it('refuses to start an enrollment over a confirmed factor, or for an account that uses none', async () => {
    const admin = await enrolledAdmin();
    const provider = await newAccount(Role.PROVIDER);
    const start = (email: string) =>
      get(SecondFactorEnrollmentService).start({ email, password: TEST_PASSWORD, address: newAddress() });
    await expect(start(admin.email)).rejects.toMatchObject({ code: 'AUTH.SECOND_FACTOR_ALREADY_ENROLLED' });
    await expect(start(provider.email)).rejects.toMatchObject({ code: 'AUTH.SECOND_FACTOR_NOT_NEEDED' });
    await expect(
      get(SecondFactorEnrollmentService).start({ email: admin.email, password: 'wrong', address: newAddress() }),
    ).rejects.toMatchObject(INVALID);
  });

  it('replaces the recovery codes for a signed-in admin with a current code', async () => {
    const admin = await enrolledAdmin();
    const service = get(SecondFactorEnrollmentService);
    const caller = { id: admin.id, role: Role.ADMIN };
    await expect(service.regenerateRecoveryCodes(caller, '000000')).rejects.toMatchObject({
      code: 'AUTH.WRONG_ONE_TIME_CODE',
      details: [{ field: 'oneTimeCode', reason: expect.any(String) }],
    });
    const codes = await service.regenerateRecoveryCodes(caller, nextCode(admin.secret));
    expect(codes).toHaveLength(10);
    await expect(logIn(admin.email, admin.recoveryCodes[0])).rejects.toMatchObject(INVALID);
    expect((await logIn(admin.email, codes[0])).account.id).toBe(admin.id);
    expect(await auditActions(admin.id)).toContain('REGENERATE_RECOVERY_CODES');
  });

  it('resets a lost factor from the command line: the old secret and codes stop, the new one is confirmed at log-in', async () => {
    const admin = await enrolledAdmin();
    const enrollment = await get(SecondFactorEnrollmentService).reset(admin.email.toUpperCase());
    await expect(logIn(admin.email, admin.recoveryCodes[0])).rejects.toMatchObject(INVALID);
    expect((await logIn(admin.email, totpCode(enrollment.secret))).recoveryCodes).toHaveLength(10);
    expect(await auditActions(admin.id)).toEqual([
      'START_SECOND_FACTOR_ENROLLMENT',
      'CONFIRM_SECOND_FACTOR',
      'RESET_SECOND_FACTOR',
      'CONFIRM_SECOND_FACTOR',
    ]);
    await expect(get(SecondFactorEnrollmentService).reset('nobody@example.test')).rejects.toMatchObject({
      code: 'AUTH.ACCOUNT_NOT_FOUND',
    });
  });

  it('creates admins from the command line with a pending factor, both audited in one transaction', async () => {
    const { account, enrollment } = await get(AccountRegistrationService).createAdmin({
      email: 'new.admin@example.test',
      password: TEST_PASSWORD,
      displayName: 'New Admin',
    });
    await expect(logIn(account.email)).rejects.toMatchObject(ENROLLMENT_REQUIRED);
    expect((await logIn(account.email, totpCode(enrollment.secret))).recoveryCodes).toHaveLength(10);
    expect(await auditActions(account.id)).toEqual([
      'CREATE_ADMIN',
      'START_SECOND_FACTOR_ENROLLMENT',
      'CONFIRM_SECOND_FACTOR',
    ]);
  });
});
