import { insertAccount } from '@test/factories/account.factory';
import { TEST_PASSWORD } from '@test/support/accounts';
import { useTestServices } from '@test/support/use-test-services';
import { DataSource } from 'typeorm';
import { AccountSessions, StartedSession } from './account-sessions';
import { AuthModule } from '../auth.module';
import { LogInService } from '../log-in.service';
import { PasswordHasher } from '../password-hasher';
import { refreshTokenDigest } from './refresh-tokens';
import { Role } from '../roles';
import { SessionEndReason } from './session.repository';
import { totpCode } from '../second-factor/totp';

const REFUSED = { code: 'AUTH.UNAUTHENTICATED', message: 'Your session is not valid; sign in again' };
const FIREFOX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0';
const MINUTE_MS = 60_000;

describe('Sessions on real rows: rotation, reuse, expiry and ending', () => {
  const { get, database } = useTestServices([AuthModule], {
    environment: { SESSION_IDLE_HOURS: '2', SESSION_MAX_DAYS: '3', ADMIN_SESSION_IDLE_MINUTES: '20' },
  });
  const sessions = () => get(AccountSessions);
  let passwordHash: Promise<string> | undefined;
  let addresses = 0;

  async function logIn(role = Role.PROVIDER): Promise<StartedSession> {
    passwordHash ??= get(PasswordHasher).hash(TEST_PASSWORD);
    const account = await insertAccount(database(), role, { passwordHash: await passwordHash });
    const address = `198.51.100.${++addresses}`;
    const oneTimeCode = account.totpSecret && totpCode(account.totpSecret);
    return get(LogInService).logIn({
      email: account.email,
      password: TEST_PASSWORD,
      oneTimeCode,
      address,
      userAgent: FIREFOX,
    });
  }

  const sessionRow = async (id: string) =>
    (
      await database().query<{ ended_at: Date | null; end_reason: string | null; idle_expires_at: Date }>(
        'SELECT ended_at, end_reason, idle_expires_at, expires_at FROM account_sessions WHERE id = $1',
        [id],
      )
    )[0];
  const audit = (accountId: string) =>
    database().query<{ action: string; actor_id: string | null; reason: string }>(
      'SELECT action, actor_id, reason FROM account_audit_events WHERE account_id = $1 ORDER BY id',
      [accountId],
    );

  it('stores the session with its device and network, and the refresh token only as its digest', async () => {
    const started = await logIn();
    const [session] = await database().query(
      'SELECT device, approximate_address, token_version FROM account_sessions WHERE id = $1',
      [started.sessionId],
    );
    expect(session).toEqual({ device: 'Firefox on macOS', approximate_address: '198.51.100.x', token_version: 1 });
    const tokens = await database().query<{ token_hash: Buffer }>(
      'SELECT token_hash FROM account_refresh_tokens WHERE session_id = $1',
      [started.sessionId],
    );
    expect(tokens).toEqual([{ token_hash: refreshTokenDigest(started.refresh.token) }]);
    expect(JSON.stringify(await database().query('SELECT * FROM account_refresh_tokens'))).not.toContain(
      started.refresh.token,
    );
  });

  it('rotates on every refresh: a new pair in the same session, and the idle end moves on', async () => {
    const started = await logIn();
    await database().query(`UPDATE account_sessions SET idle_expires_at = now() + interval '1 minute' WHERE id = $1`, [
      started.sessionId,
    ]);
    const refreshed = await sessions().refresh(started.refresh.token);
    expect(refreshed.sessionId).toBe(started.sessionId);
    expect(refreshed.refresh.token).not.toBe(started.refresh.token);
    expect(refreshed.refresh.expiresAt.getTime()).toBeGreaterThan(Date.now() + 119 * MINUTE_MS);
    expect((await sessionRow(started.sessionId)).idle_expires_at).toEqual(refreshed.refresh.expiresAt);
    expect((await sessions().refresh(refreshed.refresh.token)).sessionId).toBe(started.sessionId);
  });

  it('ends the whole session when a spent refresh token comes back, audited, with no actor', async () => {
    const started = await logIn();
    const refreshed = await sessions().refresh(started.refresh.token);
    await expect(sessions().refresh(started.refresh.token)).rejects.toMatchObject(REFUSED);
    await expect(sessions().refresh(refreshed.refresh.token)).rejects.toMatchObject(REFUSED);
    expect(await sessionRow(started.sessionId)).toMatchObject({
      ended_at: expect.any(Date),
      end_reason: 'REFRESH_TOKEN_REUSED',
    });
    expect(await audit(started.account.id)).toEqual([
      {
        action: 'END_SESSION',
        actor_id: null,
        reason: expect.stringMatching(new RegExp(`^REFRESH_TOKEN_REUSED: session ${started.sessionId} \\(Firefox`)),
      },
    ]);
  });

  it('lets only one of two refreshes with the same token through, and ends the session for the other', async () => {
    const started = await logIn();
    const outcomes = await Promise.allSettled([0, 1].map(() => sessions().refresh(started.refresh.token)));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await sessionRow(started.sessionId)).end_reason).toBe('REFRESH_TOKEN_REUSED');
  });

  // The idle end never passes the absolute one (the table checks it), so this covers a session past either.
  it('refuses a refresh token once the session’s idle end has passed', async () => {
    const started = await logIn();
    await database().query(`UPDATE account_sessions SET idle_expires_at = now() - interval '1 second' WHERE id = $1`, [
      started.sessionId,
    ]);
    await expect(sessions().refresh(started.refresh.token)).rejects.toMatchObject(REFUSED);
  });

  it('never moves the idle end past the absolute one', async () => {
    const started = await logIn();
    await database().query(
      `UPDATE account_sessions SET idle_expires_at = now() + interval '1 minute', expires_at = now() + interval '5 minutes'
       WHERE id = $1`,
      [started.sessionId],
    );
    const refreshed = await sessions().refresh(started.refresh.token);
    expect(refreshed.refresh.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 5 * MINUTE_MS);
    expect(refreshed.access.expiresAt.getTime()).toBeLessThanOrEqual(refreshed.refresh.expiresAt.getTime() + 1000);
  });

  it('gives admins their own shorter lifetime', async () => {
    const admin = await logIn(Role.ADMIN);
    const provider = await logIn();
    const idleMinutes = (started: StartedSession) => (started.refresh.expiresAt.getTime() - Date.now()) / MINUTE_MS;
    expect(idleMinutes(admin)).toBeCloseTo(20, 0);
    expect(idleMinutes(provider)).toBeCloseTo(120, 0);
    const [row] = await database().query<{ hours: number }>(
      'SELECT extract(epoch FROM expires_at - started_at) / 3600 AS hours FROM account_sessions WHERE id = $1',
      [admin.sessionId],
    );
    expect(Number(row.hours)).toBeCloseTo(12, 1);
  });

  it('refuses a refresh once the account’s token version has moved past the session’s', async () => {
    const started = await logIn();
    await database().query('UPDATE accounts SET token_version = token_version + 1 WHERE id = $1', [started.account.id]);
    await expect(sessions().refresh(started.refresh.token)).rejects.toMatchObject(REFUSED);
  });

  it.each(['', 'x', 'A'.repeat(43), `${'A'.repeat(42)}=`])('refuses the forged token %j alike', async (forged) => {
    await expect(sessions().refresh(forged)).rejects.toMatchObject(REFUSED);
  });

  it('ends all of an account’s sessions but one, each audited, for the caller’s transaction', async () => {
    const first = await logIn();
    const second = await get(LogInService).logIn({
      email: first.account.email,
      password: TEST_PASSWORD,
      address: '2001:db8:1:2::7',
    });
    const third = await sessions().start(first.account, { address: '203.0.113.9' });
    const ending = { reason: SessionEndReason.PASSWORD_RESET, actorId: first.account.id };
    const count = await get(DataSource).transaction((manager) =>
      sessions().endAll(manager, first.account.id, ending, second.sessionId),
    );
    expect(count).toBe(2);
    expect((await sessionRow(second.sessionId)).ended_at).toBeNull();
    for (const gone of [first, third]) {
      expect((await sessionRow(gone.sessionId)).end_reason).toBe('PASSWORD_RESET');
      await expect(sessions().refresh(gone.refresh.token)).rejects.toMatchObject(REFUSED);
    }
    expect((await audit(first.account.id)).map((row) => row.reason.split(':')[0])).toEqual([
      'PASSWORD_RESET',
      'PASSWORD_RESET',
    ]);
  });
});
