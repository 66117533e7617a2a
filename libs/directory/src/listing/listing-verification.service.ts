import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RevisionKind } from '../entities/listing-revision.entity';
import { EvidenceDecision, LicenseCheck, ListingContentRepository } from './listing-content.repository';
import { ReviewSubject } from './listing-transitions';

// Adopting a revision can collide with another listing's NPI or with the claimant owning a listing already.
const ADOPTION_CONFLICTS = { providers_npi_key: 'npi', providers_owner_key: 'claim' };

/**
 * How what a listing claims comes to be verified: an admin's review (vetting) and what referrals reveal (referrals).
 * Every method runs in the caller's transaction.
 */
@Injectable()
export class ListingVerification {
  constructor(private readonly content: ListingContentRepository) {}

  /** Applies what was under review: an edit's vetted fields, or a claim's new owner. */
  async adoptReviewedRevision(manager: EntityManager, subject: ReviewSubject): Promise<void> {
    const { listing, revision } = subject;
    try {
      if (revision?.kind === RevisionKind.EDIT && revision.payload)
        await this.content.writeVettedFields(manager, listing.id, revision.payload);
      if (revision?.kind === RevisionKind.CLAIM)
        await this.content.assignOwner(manager, listing.id, revision.authorAccountId);
    } catch (error) {
      translateDatabaseError(error, ADOPTION_CONFLICTS);
    }
  }

  /** Marks licenses verified by an admin; returns the ones that matched no license of the listing. */
  verifyLicenses(manager: EntityManager, listingId: string, checks: LicenseCheck[]): Promise<LicenseCheck[]> {
    return this.content.verifyLicenses(manager, listingId, checks);
  }

  /** Sets evidence levels decided by an admin; returns the slugs the listing does not carry. */
  setEvidence(manager: EntityManager, listingId: string, decisions: EvidenceDecision[]): Promise<string[]> {
    return this.content.setEvidence(manager, listingId, decisions);
  }

  /** Records a completed verification and when the next one is due. */
  markVerified(manager: EntityManager, listingId: string, reverifyOn: string): Promise<void> {
    return this.content.markVerified(manager, listingId, reverifyOn);
  }

  /** Referrals found the listing's data doubtful: it goes to the front of the re-verification queue. */
  requestReverification(manager: EntityManager, listingId: string): Promise<void> {
    return this.content.requestReverification(manager, listingId);
  }

  /** A client was seen with affirming care: the baseline attributes now rest on that, and the public sees it. */
  async confirmBaselineAttributes(manager: EntityManager, listingId: string): Promise<void> {
    await this.content.confirmBaselineAttributes(manager, listingId);
    await this.content.publish(manager, listingId);
  }
}
