import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// Deletes go in batches, each its own short statement: a backlog (a first run, a wave of failed log-ins) never holds
// locks or a transaction open for long.
const BATCH_ROWS = 5_000;

/** The account rows that have outlived their use, deleted. Every method returns how many rows went. */
@Injectable()
export class AccountRetentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Sessions closed (ended, or past either of their ends) more than `days` ago, with their refresh tokens, in one
   * statement per batch: the tokens and their session go together or not at all.
   */
  deleteClosedSessions(days: number): Promise<number> {
    return this.inBatches(
      `WITH closed AS (
         SELECT id FROM account_sessions
         WHERE coalesce(ended_at, least(idle_expires_at, expires_at)) < now() - make_interval(days => $1)
         LIMIT $2
       ), tokens AS (
         DELETE FROM account_refresh_tokens t USING closed WHERE t.session_id = closed.id
       )
       DELETE FROM account_sessions s USING closed WHERE s.id = closed.id`,
      [days],
    );
  }

  /** Links used, or past their expiry, more than `days` ago. */
  deleteSpentLinks(days: number): Promise<number> {
    return this.inBatches(
      `DELETE FROM account_link_tokens WHERE id IN (
         SELECT id FROM account_link_tokens
         WHERE least(used_at, expires_at) < now() - make_interval(days => $1)
         LIMIT $2
       )`,
      [days],
    );
  }

  /** Failed log-in counts no check reads any more: the last failure is older than the lockout window. */
  deleteLapsedLoginThrottles(lockoutMinutes: number): Promise<number> {
    return this.inBatches(
      `DELETE FROM login_throttles WHERE key IN (
         SELECT key FROM login_throttles WHERE last_failed_at < now() - make_interval(mins => $1) LIMIT $2
       )`,
      [lockoutMinutes],
    );
  }

  private async inBatches(sql: string, parameters: unknown[]): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = await this.dataSource.query<[unknown, number]>(sql, [...parameters, BATCH_ROWS]);
      total += deleted;
      if (deleted < BATCH_ROWS) return total;
    }
  }
}
