import { insertAccount } from '@test/factories/account.factory';
import { useTestServices } from '@test/support/use-test-services';
import { AuthModule } from '../auth.module';
import { Role } from '../roles';
import { AccountDataRetention, RETENTION } from './account-data-retention';

describe('Account data retention on real rows', () => {
  const { get, database } = useTestServices([AuthModule], { environment: { LOGIN_LOCKOUT_MINUTES: '15' } });
  const prune = () => get(AccountDataRetention).prune();
  let accountId: string;

  beforeEach(async () => {
    accountId = (await insertAccount(database(), Role.THERAPIST)).id;
  });

  /** A session that started `startedDaysAgo`, ended `endedDaysAgo` (or never), with `tokens` refresh tokens. */
  async function insertSession(options: {
    startedDaysAgo: number;
    endedDaysAgo?: number;
    lastsDays: number;
    tokens: number;
  }): Promise<string> {
    const [{ id }] = await database().query<{ id: string }>(
      `INSERT INTO account_sessions
         (account_id, token_version, device, approximate_address, started_at, last_seen_at, idle_expires_at,
          expires_at, ended_at, end_reason)
       SELECT $1, 1, 'Firefox on Linux', '198.51.100.x', started, started, ends, ends, ended,
              CASE WHEN ended IS NULL THEN NULL ELSE 'LOG_OUT' END
       FROM (SELECT now() - make_interval(days => $2) AS started,
                    now() - make_interval(days => $2) + make_interval(days => $3) AS ends,
                    now() - make_interval(days => $4::int) AS ended) AS times
       RETURNING id`,
      [accountId, options.startedDaysAgo, options.lastsDays, options.endedDaysAgo ?? null],
    );
    await database().query(
      `INSERT INTO account_refresh_tokens (token_hash, session_id)
       SELECT sha256(convert_to(gen_random_uuid()::text, 'UTF8')), $1 FROM generate_series(1, $2)`,
      [id, options.tokens],
    );
    return id;
  }

  /** A link made `madeHoursAgo` that works for `worksHours`, used `usedHoursAgo` (or never). */
  async function insertLink(madeHoursAgo: number, worksHours: number, usedHoursAgo?: number): Promise<string> {
    const [{ id }] = await database().query<{ id: string }>(
      `INSERT INTO account_link_tokens (account_id, purpose, secret_hash, created_at, expires_at, used_at)
       VALUES ($1, 'RESET_PASSWORD', sha256(convert_to(gen_random_uuid()::text, 'UTF8')),
               now() - make_interval(hours => $2), now() - make_interval(hours => $2) + make_interval(hours => $3),
               now() - make_interval(hours => $4::int))
       RETURNING id`,
      [accountId, madeHoursAgo, worksHours, usedHoursAgo ?? null],
    );
    return id;
  }

  const remaining = async (table: string, column: string, ids: string[]) =>
    (
      await database().query<{ id: string }>(`SELECT ${column}::text AS id FROM ${table} WHERE ${column} = ANY ($1)`, [
        ids,
      ])
    )
      .map((row) => row.id)
      .sort();

  it('deletes sessions closed over a month ago with their refresh tokens, and keeps the rest', async () => {
    const days = RETENTION.closedSessionDays;
    const open = await insertSession({ startedDaysAgo: 1, lastsDays: 7, tokens: 3 });
    const endedLately = await insertSession({ startedDaysAgo: days, endedDaysAgo: days - 1, lastsDays: 7, tokens: 2 });
    const endedLongAgo = await insertSession({
      startedDaysAgo: days + 5,
      endedDaysAgo: days + 1,
      lastsDays: 7,
      tokens: 4,
    });
    const expiredLongAgo = await insertSession({ startedDaysAgo: days + 10, lastsDays: 2, tokens: 1 });
    const expiredLately = await insertSession({ startedDaysAgo: days, lastsDays: 2, tokens: 1 });

    expect((await prune()).sessions).toBe(2);

    const kept = [open, endedLately, expiredLately].sort();
    expect(
      await remaining('account_sessions', 'id', [open, endedLately, endedLongAgo, expiredLongAgo, expiredLately]),
    ).toEqual(kept);
    const tokens = await database().query<{ session_id: string; count: string }>(
      `SELECT session_id, count(*) FROM account_refresh_tokens WHERE session_id = ANY ($1) GROUP BY session_id`,
      [[open, endedLately, endedLongAgo, expiredLongAgo, expiredLately]],
    );
    expect(Object.fromEntries(tokens.map((row) => [row.session_id, Number(row.count)]))).toEqual({
      [open]: 3,
      [endedLately]: 2,
      [expiredLately]: 1,
    });
  });

  it('deletes links a day after they were used or expired, and keeps those still working or just spent', async () => {
    const working = await insertLink(1, 24);
    const usedLately = await insertLink(3, 24, 2);
    const usedLongAgo = await insertLink(50, 72, 30);
    const expiredLongAgo = await insertLink(60, 1);
    const expiredLately = await insertLink(5, 1);

    expect((await prune()).links).toBe(2);

    expect(
      await remaining('account_link_tokens', 'id', [working, usedLately, usedLongAgo, expiredLongAgo, expiredLately]),
    ).toEqual([working, usedLately, expiredLately].sort());
  });

  it('forgets failed log-in counts past the lockout window, in batches, however many there are', async () => {
    await database().query(
      `INSERT INTO login_throttles (key, failures, last_failed_at)
       SELECT 'lapsed-' || n, 3, now() - interval '16 minutes' FROM generate_series(1, 12001) AS n
       UNION ALL SELECT 'counting', 2, now() - interval '14 minutes'`,
    );

    expect((await prune()).loginThrottles).toBe(12001);

    expect(await database().query('SELECT key FROM login_throttles')).toEqual([{ key: 'counting' }]);
  });

  it('finds nothing more to delete on a second run', async () => {
    await insertSession({ startedDaysAgo: 90, endedDaysAgo: 80, lastsDays: 7, tokens: 2 });
    await insertLink(100, 1);
    await prune();

    expect(await prune()).toEqual({ sessions: 0, links: 0, loginThrottles: 0 });
  });
});
