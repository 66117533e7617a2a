import { Caller } from '@app/auth';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralEntity } from '../entities/referral.entity';
import { ListingFeedbackService } from '../feedback/listing-feedback.service';
import { ReferralAccess } from '../referral-access';
import { ReferralJournal } from '../referral-journal';
import { nextStatus, partyFor, ReferralAction } from '../referral-state-machine';
import { ReferralRepository, StatusChange } from '../referral.repository';
import { ReferralNotFoundError, ReferralTransitionError } from '../referrals.errors';
import { CancelReason, DeclineReason, ReferralStatus } from '../referral.vocabulary';

type ChangeDetails = Omit<StatusChange, 'to'>;

/** Status changes made by the two sides of a referral, each in one transaction with its journal entries. */
@Injectable()
export class ReferralLifecycleService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly access: ReferralAccess,
    private readonly journal: ReferralJournal,
    private readonly feedback: ListingFeedbackService,
  ) {}

  accept(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.ACCEPT, { isResponse: true });
  }

  decline(caller: Caller, id: string, reason: DeclineReason): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.DECLINE, { isResponse: true, declineReason: reason }, reason);
  }

  schedule(caller: Caller, id: string, date: string | null): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.SCHEDULE, { scheduledFor: date });
  }

  complete(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.COMPLETE, {});
  }

  markNoShow(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.MARK_NO_SHOW, {});
  }

  markCouldNotContact(caller: Caller, id: string): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.MARK_COULD_NOT_CONTACT, {});
  }

  cancel(caller: Caller, id: string, reason: CancelReason): Promise<ReferralEntity> {
    return this.act(caller, id, ReferralAction.CANCEL, { cancelReason: reason }, reason);
  }

  /** The provider opened a new referral. Losing a race to another change is fine here: it is no longer new. */
  async markViewed(manager: EntityManager, caller: Caller, referral: ReferralEntity): Promise<ReferralEntity> {
    try {
      return await this.apply(manager, caller.id, referral, ReferralAction.VIEW, {}, null);
    } catch (error) {
      if (!(error instanceof ReferralTransitionError)) throw error;
      return (await this.referrals.findById(manager, referral.id))!;
    }
  }

  /** The expiry worker's change: no caller, the row already locked by it. */
  expire(manager: EntityManager, referral: ReferralEntity): Promise<ReferralEntity> {
    return this.apply(manager, null, referral, ReferralAction.EXPIRE, {}, null);
  }

  private act(
    caller: Caller,
    id: string,
    action: ReferralAction,
    details: ChangeDetails,
    reason: string | null = null,
  ): Promise<ReferralEntity> {
    return this.referrals.transaction(async (manager) => {
      const { referral, side } = await this.access.load(manager, caller, id);
      // Roles are checked before this; a side that may see but not do this is told the same as a stranger.
      if (side !== partyFor(action)) throw new ReferralNotFoundError();
      let current = referral;
      // Answering a referral the provider never opened counts as opening it first (SENT → VIEWED → …).
      const isAnswer = action === ReferralAction.ACCEPT || action === ReferralAction.DECLINE;
      if (isAnswer && current.status === ReferralStatus.SENT) {
        current = await this.apply(manager, caller.id, current, ReferralAction.VIEW, {}, null);
      }
      return this.apply(manager, caller.id, current, action, details, reason);
    });
  }

  private async apply(
    manager: EntityManager,
    actorAccountId: string | null,
    referral: ReferralEntity,
    action: ReferralAction,
    details: ChangeDetails,
    reason: string | null,
  ): Promise<ReferralEntity> {
    const to = nextStatus(action, referral.status);
    if (!(await this.referrals.changeStatus(manager, referral, { ...details, to }))) {
      // Someone else changed it first: name the status they left it in.
      const now = await this.referrals.findById(manager, referral.id);
      throw new ReferralTransitionError(action, now?.status ?? referral.status);
    }
    const changed = (await this.referrals.findById(manager, referral.id))!;
    await this.journal.statusChanged(manager, {
      referral: changed,
      actorAccountId,
      by: partyFor(action),
      from: referral.status,
      to,
      reason,
    });
    await this.feedback.statusChanged(manager, changed);
    return changed;
  }
}
