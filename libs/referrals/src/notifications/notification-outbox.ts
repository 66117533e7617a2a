import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What a notification says, and nothing more: never the reason, the client or any health information. */
export enum NotificationKind {
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_UPDATED = 'REFERRAL_UPDATED',
}

/** Writes notifications in the caller's transaction, so one is sent exactly when the change it announces commits. */
@Injectable()
export class NotificationOutbox {
  async enqueue(
    manager: EntityManager,
    recipientAccountId: string,
    kind: NotificationKind,
    referralId: string,
  ): Promise<void> {
    await manager.query(
      'INSERT INTO notification_outbox (recipient_account_id, kind, referral_id) VALUES ($1, $2, $3)',
      [recipientAccountId, kind, referralId],
    );
  }
}
