import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CountChange, FailureCounts, THROTTLE_SCOPES, ThrottleScope } from './login-throttle.policy';

export type ThrottleKeys = Record<ThrottleScope, string>;

/**
 * Failed log-ins counted in the database, so limits hold across requests, restarts and instances. Keys are HMACs
 * of the typed email and the address: nothing a client typed is stored in clear. A count is forgotten once
 * LOGIN_LOCKOUT_MINUTES pass without a failure. Each method runs its own statements and holds no connection between
 * them, so a log-in waiting out its delay keeps none.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  keysFor(email: string, address: string): ThrottleKeys {
    return {
      pair: this.key('pair', JSON.stringify([email, address])),
      account: this.key('account', email),
      address: this.key('address', address),
    };
  }

  async failures(keys: ThrottleKeys): Promise<FailureCounts> {
    const rows = await this.dataSource.query<Array<{ key: string; failures: number }>>(
      `SELECT key, failures FROM login_throttles
       WHERE key = ANY ($1) AND last_failed_at > now() - make_interval(mins => $2)`,
      [Object.values(keys), this.config.loginThrottle.lockoutMinutes],
    );
    const counted = new Map(rows.map((row) => [row.key, row.failures]));
    return Object.fromEntries(THROTTLE_SCOPES.map((scope) => [scope, counted.get(keys[scope]) ?? 0])) as FailureCounts;
  }

  async record(keys: ThrottleKeys, change: CountChange): Promise<void> {
    if (change.increment.length > 0) await this.increment(change.increment.map((scope) => keys[scope]));
    if (change.reset.length > 0) {
      await this.dataSource.query('DELETE FROM login_throttles WHERE key = ANY ($1)', [
        change.reset.map((scope) => keys[scope]),
      ]);
    }
  }

  // One statement, so concurrent failures on the same key serialise on its row and none is lost; rows are taken in
  // key order, so two log-ins sharing an account or an address cannot deadlock.
  private async increment(keys: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttles AS t (key, failures, last_failed_at)
       SELECT key, 1, now() FROM unnest($1::text[]) AS key ORDER BY key
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failed_at > now() - make_interval(mins => $2) THEN t.failures + 1 ELSE 1 END,
         last_failed_at = now()`,
      [keys, this.config.loginThrottle.lockoutMinutes],
    );
  }

  private key(kind: ThrottleScope, value: string): string {
    return `${kind}:${createHmac('sha256', this.config.appSecret).update(`${kind}:${value}`).digest('base64url')}`;
  }
}
