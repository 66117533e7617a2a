import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface ThrottleKeys {
  account: string;
  address: string;
}

/**
 * Failed log-ins counted in the database, so limits hold across requests, restarts and instances. Keys are HMACs
 * of the typed email and the address: nothing a client typed is stored in clear.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  keysFor(email: string, address: string): ThrottleKeys {
    return { account: this.key('account', email), address: this.key('address', address) };
  }

  async isLockedOut(keys: ThrottleKeys): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM login_throttles WHERE key = ANY ($1) AND locked_until > now()',
      [[keys.account, keys.address]],
    );
    return rows.length > 0;
  }

  /** Counts one failure against both keys; returns the account's failures in the current window. */
  async recordFailure(keys: ThrottleKeys): Promise<number> {
    const settings = this.config.loginThrottle;
    const accountFailures = await this.count(keys.account, settings.maxFailuresPerAccount, settings.lockoutMinutes);
    await this.count(keys.address, settings.maxFailuresPerAddress, settings.lockoutMinutes);
    return accountFailures;
  }

  /** A successful log-in clears its account's count; the address keeps its count (one good account must not reset it). */
  async clearAccount(keys: ThrottleKeys): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttles WHERE key = $1', [keys.account]);
  }

  // One statement, so concurrent failures on the same key serialise on its row and none is lost.
  private async count(key: string, maxFailures: number, minutes: number): Promise<number> {
    const rows = await this.dataSource.query<Array<{ failures: number }>>(
      `INSERT INTO login_throttles AS t (key, failures, window_started_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(mins => $3) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => $3) THEN now() ELSE t.window_started_at END,
         locked_until = CASE
           WHEN t.window_started_at >= now() - make_interval(mins => $3) AND t.failures + 1 >= $2
           THEN now() + make_interval(mins => $3)
           ELSE t.locked_until END
       RETURNING failures`,
      [key, maxFailures, minutes],
    );
    return rows[0].failures;
  }

  private key(kind: string, value: string): string {
    return `${kind}:${createHmac('sha256', this.config.appSecret).update(`${kind}:${value}`).digest('base64url')}`;
  }
}
