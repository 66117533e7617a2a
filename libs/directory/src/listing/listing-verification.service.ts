import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EvidenceDecision,
  LicenseCheck,
  ListingContentRepository,
  RefusedLicenseCheck,
} from './listing-content.repository';
import { ReviewSubject } from './listing-transitions';

// Adopting a revision can collide with another listing's NPI.
const ADOPTION_CONFLICTS = { providers_npi_key: 'npi' };

/**
 * How what a listing claims comes to be verified: an admin's review (vetting) and what referrals reveal (referrals).
 * Every method runs in the caller's transaction.
 */
@Injectable()
export class ListingVerification {
  constructor(private readonly content: ListingContentRepository) {}

  /** Applies what was under review: the vetted fields of the open revision, if there is one. */
  async adoptReviewedRevision(manager: EntityManager, subject: ReviewSubject): Promise<void> {
    const { listing, revision } = subject;
    try {
      if (revision) await this.content.writeVettedFields(manager, listing.id, revision.payload);
    } catch (error) {
      translateDatabaseError(error, ADOPTION_CONFLICTS);
    }
  }

  /** Marks licenses verified by an admin; returns the checks it could not record, and why. */
  verifyLicenses(manager: EntityManager, listingId: string, checks: LicenseCheck[]): Promise<RefusedLicenseCheck[]> {
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
