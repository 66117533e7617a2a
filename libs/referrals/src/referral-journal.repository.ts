import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralStatus } from './referral.vocabulary';

export interface ReferralEventRecord {
  referralId: string;
  actorAccountId: string | null;
  from: ReferralStatus | null;
  to: ReferralStatus;
  reason: string | null;
}

/** The append-only tables beside referrals (a trigger refuses updates and deletes); every write in the caller's transaction. */
@Injectable()
export class ReferralJournalRepository {
  async appendEvent(manager: EntityManager, event: ReferralEventRecord): Promise<void> {
    await manager.query(
      `INSERT INTO referral_events (referral_id, actor_account_id, from_status, to_status, reason) VALUES ($1, $2, $3, $4, $5)`,
      [event.referralId, event.actorAccountId, event.from, event.to, event.reason],
    );
  }

  async appendAudit(
    manager: EntityManager,
    referralId: string,
    actorAccountId: string | null,
    action: string,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO referral_audit_events (referral_id, actor_account_id, action) VALUES ($1, $2, $3)',
      [referralId, actorAccountId, action],
    );
  }
}
