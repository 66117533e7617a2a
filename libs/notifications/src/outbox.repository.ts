import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface OutboxRow {
  recipientAccountId: string;
  kind: string;
  subjectId: string | null;
  sealedSecret: string | null;
}

export interface ClaimedNotification extends OutboxRow {
  id: string;
  attempts: number;
}

/** Delivery attempt n (1-based) failed: wait 30 s, 1 min, 2 min, … up to an hour before the next. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(attempts - 1, 0), 3600);
}

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: OutboxRow): Promise<void> {
    await manager.query(
      `INSERT INTO notification_outbox (recipient_account_id, kind, subject_id, sealed_secret)
       VALUES ($1, $2, $3, $4)`,
      [row.recipientAccountId, row.kind, row.subjectId, row.sealedSecret],
    );
  }

  /**
   * Takes a lease on due notifications: one statement locks them (skipping rows another worker holds) and pushes
   * their next attempt past the lease, so no other worker picks them up while this one sends.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedNotification[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [claimed] = await this.dataSource.query<[ClaimedNotification[], number]>(
      `WITH due AS (
         SELECT id FROM notification_outbox
         WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT $1
         FOR UPDATE SKIP LOCKED)
       UPDATE notification_outbox o
       SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
       FROM due
       WHERE o.id = due.id
       RETURNING o.id::text AS id, o.kind, o.subject_id AS "subjectId", o.recipient_account_id AS "recipientAccountId",
                 o.sealed_secret AS "sealedSecret", o.attempts`,
      [limit, leaseSeconds],
    );
    return claimed;
  }

  /** How long the longest-waiting due notification has waited (0 when none is due): a worker claims them as they fall due. */
  async longestDueWaitSeconds(): Promise<number> {
    const [{ seconds }] = await this.dataSource.query<Array<{ seconds: number }>>(
      `SELECT coalesce(extract(epoch FROM now() - min(next_attempt_at)), 0)::float8 AS seconds
       FROM notification_outbox
       WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= now()`,
    );
    return seconds;
  }

  /** A sent link's secret is no longer needed: it goes, so the outbox keeps no working link. */
  async markDelivered(id: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE notification_outbox SET delivered_at = now(), last_error = NULL, sealed_secret = NULL WHERE id = $1',
      [id],
    );
  }

  /** Schedules the next attempt with back-off, or gives up after `maxAttempts`. */
  async markFailed(notification: ClaimedNotification, error: string, maxAttempts: number): Promise<void> {
    const giveUp = notification.attempts >= maxAttempts;
    await this.dataSource.query(
      `UPDATE notification_outbox
       SET last_error = left($2, 500),
           abandoned_at = CASE WHEN $3::boolean THEN now() END,
           sealed_secret = CASE WHEN $3::boolean THEN NULL ELSE sealed_secret END,
           next_attempt_at = now() + make_interval(secs => $4)
       WHERE id = $1`,
      [notification.id, error, giveUp, retryDelaySeconds(notification.attempts)],
    );
  }
}
