import { Outbox } from '@app/notifications';
import { ListingLookup } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralEntity } from './entities/referral.entity';
import { NotificationKind } from './notifications/notification-message';
import { ReferralJournalRepository } from './referral-journal.repository';
import { ReferralParty } from './referral-state-machine';
import { ReferralStatus } from './referral.vocabulary';

/** What the append-only audit records: reads of client details and every change. */
export enum ReferralAuditAction {
  CREATE = 'CREATE',
  CHANGE_STATUS = 'CHANGE_STATUS',
  RECORD_OUTCOME = 'RECORD_OUTCOME',
  READ_CLIENT_DETAILS = 'READ_CLIENT_DETAILS',
  READ_OUTCOME_NOTE = 'READ_OUTCOME_NOTE',
}

export interface StatusChangeRecord {
  referral: ReferralEntity;
  /** null: the system (expiry). */
  actorAccountId: string | null;
  by: ReferralParty;
  from: ReferralStatus | null;
  to: ReferralStatus;
  /** A code (decline or cancel reason), never free text. */
  reason: string | null;
}

/**
 * Everything that accompanies a change, in the change's own transaction: the event row, the audit row and the
 * notification to the other side.
 */
@Injectable()
export class ReferralJournal {
  constructor(
    private readonly journal: ReferralJournalRepository,
    private readonly outbox: Outbox,
    private readonly listings: ListingLookup,
  ) {}

  async statusChanged(manager: EntityManager, change: StatusChangeRecord): Promise<void> {
    const { referral } = change;
    await this.journal.appendEvent(manager, {
      referralId: referral.id,
      actorAccountId: change.actorAccountId,
      from: change.from,
      to: change.to,
      reason: change.reason,
    });
    const action = change.from === null ? ReferralAuditAction.CREATE : ReferralAuditAction.CHANGE_STATUS;
    await this.audit(manager, referral.id, change.actorAccountId, action);
    await this.notifyOtherSide(manager, change);
  }

  async audit(
    manager: EntityManager,
    referralId: string,
    actorAccountId: string | null,
    action: ReferralAuditAction,
  ): Promise<void> {
    await this.journal.appendAudit(manager, referralId, actorAccountId, action);
  }

  // The provider hears about what the therapist (or nobody) did and vice versa; an expiry goes to the therapist.
  private async notifyOtherSide(manager: EntityManager, change: StatusChangeRecord): Promise<void> {
    const { referral } = change;
    if (change.by === 'THERAPIST') {
      const owner = await this.listings.ownerOf(manager, referral.providerId);
      const kind = change.from === null ? NotificationKind.REFERRAL_RECEIVED : NotificationKind.REFERRAL_UPDATED;
      if (owner) await this.outbox.enqueue(manager, { recipientAccountId: owner, kind, subjectId: referral.id });
      return;
    }
    await this.outbox.enqueue(manager, {
      recipientAccountId: referral.therapistAccountId,
      kind: NotificationKind.REFERRAL_UPDATED,
      subjectId: referral.id,
    });
  }
}
