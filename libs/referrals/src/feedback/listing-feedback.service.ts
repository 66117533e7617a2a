import { AppConfig } from '@app/config';
import { ListingLookup, ListingVerification } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralEntity } from '../entities/referral.entity';
import { DeclineReason, ReferralOutcome, ReferralStatus } from '../referral.vocabulary';
import { ListingFeedbackRepository, ListingSignalKind } from './listing-feedback.repository';

/** Which answers say something about the listing itself (its data may be out of date or wrong). */
export function signalOf(referral: Pick<ReferralEntity, 'status' | 'declineReason'>): ListingSignalKind | null {
  if (referral.status === ReferralStatus.COULD_NOT_CONTACT) return ListingSignalKind.COULD_NOT_CONTACT;
  if (referral.status !== ReferralStatus.DECLINED) return null;
  if (referral.declineReason === DeclineReason.NOT_ACCEPTING_NEW_PATIENTS)
    return ListingSignalKind.DECLINED_NOT_ACCEPTING_NEW_PATIENTS;
  if (referral.declineReason === DeclineReason.NOT_LICENSED_IN_CLIENT_STATE)
    return ListingSignalKind.DECLINED_NOT_LICENSED_IN_CLIENT_STATE;
  return null;
}

/**
 * The loop back into the directory: signals about a listing accumulate until they flag it for re-verification, and
 * a client seen with affirming care confirms the listing's affirming attributes. Only the listing id and the kind
 * of signal travel: nothing about the client or the referral.
 */
@Injectable()
export class ListingFeedbackService {
  constructor(
    private readonly feedback: ListingFeedbackRepository,
    private readonly listings: ListingLookup,
    private readonly verification: ListingVerification,
    private readonly config: AppConfig,
  ) {}

  async statusChanged(manager: EntityManager, referral: ReferralEntity): Promise<void> {
    const kind = signalOf(referral);
    if (kind) await this.signal(manager, referral.providerId, kind);
  }

  async outcomeRecorded(manager: EntityManager, providerId: string, outcome: ReferralOutcome): Promise<void> {
    if (outcome === ReferralOutcome.SEEN_NOT_AFFIRMING)
      await this.signal(manager, providerId, ListingSignalKind.SEEN_NOT_AFFIRMING);
    if (outcome === ReferralOutcome.SEEN_AFFIRMING) {
      await this.feedback.lockListing(manager, providerId);
      await this.verification.confirmBaselineAttributes(manager, providerId);
    }
  }

  private async signal(manager: EntityManager, providerId: string, kind: ListingSignalKind): Promise<void> {
    const { signalThreshold, signalWindowDays } = this.config.referrals;
    await this.feedback.lockListing(manager, providerId);
    await this.feedback.recordSignal(manager, providerId, kind);
    const verifiedAt = await this.listings.lastVerifiedAt(manager, providerId);
    if (await this.feedback.hasOpenFlag(manager, providerId, verifiedAt)) return;
    const counts = await this.feedback.signalsSinceLastReview(manager, providerId, signalWindowDays, verifiedAt);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (total < signalThreshold) return;
    // The flag waits beside the listing in the vetting re-verification queue (due today).
    await this.feedback.flag(manager, providerId, {
      signals: counts,
      windowDays: signalWindowDays,
      threshold: signalThreshold,
    });
    await this.verification.requestReverification(manager, providerId);
  }
}
