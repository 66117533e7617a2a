import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProviderEntity } from '../entities/provider.entity';
import { ListingAuditRepository } from './listing-audit.repository';
import {
  ClaimNotFoundError,
  ClaimNotOpenError,
  ListingNoLongerClaimableError,
  OpenClaimExistsError,
} from './listing-claim.errors';
import { ClaimClosing, ClaimRecord, ListingClaimRepository, NewClaim } from './listing-claim.repository';
import { ANOTHER_CLAIM_APPROVED, ClaimAction, ClaimStatus, isClaimable } from './listing-claim-rules';
import { ListingContentRepository } from './listing-content.repository';
import { ListingSnapshot } from './listing-fields';
import { ListingRepository } from './listing.repository';
import { QueuePosition, QueueRow } from './review-queue.repository';

/** A claim with the listing it is for, as admins compare them. */
export interface ClaimReview {
  claim: ClaimRecord;
  listing: ListingSnapshot;
}

export interface ClaimDecision {
  claimId: string;
  adminId: string;
  /** The admin's note on an approval, the reason of a rejection. */
  reason: string | null;
}

// The claimant came to own another listing since claiming (the owner key is unique).
const APPROVAL_CONFLICTS = { providers_owner_key: 'claim' };

/**
 * Claims of listings, each step with an audit row on the listing's trail: made and withdrawn by providers, listed
 * and decided by admins (vetting). Deciding locks the listing, then the claim, so that decisions on claims of one
 * listing queue behind each other. Methods with a manager run in the caller's transaction.
 */
@Injectable()
export class ListingClaims {
  constructor(
    private readonly claims: ListingClaimRepository,
    private readonly listings: ListingRepository,
    private readonly content: ListingContentRepository,
    private readonly audit: ListingAuditRepository,
  ) {}

  /** Records a claim of the listing, which the caller has locked and found claimable. */
  async submit(manager: EntityManager, claim: NewClaim): Promise<ClaimRecord> {
    // A lapsed claim still marked OPEN would trip the one-open-claim index.
    await this.claims.expireLapsedOf(manager, claim.claimantAccountId);
    if (await this.claims.hasOpenClaim(manager, claim.claimantAccountId)) throw new OpenClaimExistsError();
    const id = await this.claims.insert(manager, claim);
    await this.appendAudit(manager, {
      listingId: claim.listingId,
      claimId: id,
      actorId: claim.claimantAccountId,
      action: ClaimAction.SUBMIT,
      reason: null,
    });
    return this.found(manager, id);
  }

  async withdraw(manager: EntityManager, claimId: string, claimantId: string): Promise<ClaimRecord> {
    const claim = await this.claims.find(manager, claimId);
    if (claim?.claimantAccountId !== claimantId) throw new ClaimNotFoundError();
    if (claim.status !== ClaimStatus.OPEN) throw new ClaimNotOpenError(claim.status);
    await this.close(manager, claim, ClaimAction.WITHDRAW, {
      status: ClaimStatus.WITHDRAWN,
      decidedBy: null,
      reason: null,
    });
    return this.found(manager, claimId);
  }

  /** The account's claims, newest first. */
  ofClaimant(manager: EntityManager, accountId: string): Promise<ClaimRecord[]> {
    return this.claims.ofClaimant(manager, accountId);
  }

  /** Whether the account has a claim waiting for a decision. */
  hasOpenClaim(manager: EntityManager, accountId: string): Promise<boolean> {
    return this.claims.hasOpenClaim(manager, accountId);
  }

  /** Open, unexpired claims, oldest first. */
  openForReview(limit: number, after?: QueuePosition): Promise<QueueRow[]> {
    return this.claims.openForReview(limit, after);
  }

  /** The claims with their listings, in the order of `ids`. */
  async reviews(manager: EntityManager, ids: string[]): Promise<ClaimReview[]> {
    const claims = new Map((await this.claims.findMany(manager, ids)).map((claim) => [claim.id, claim]));
    return Promise.all(ids.map((id) => this.reviewOf(manager, claims.get(id))));
  }

  /** Gives the claimant the listing and rejects every other open claim of it. */
  async approve(manager: EntityManager, decision: ClaimDecision): Promise<ClaimReview> {
    const { listing, claim } = await this.lockOpen(manager, decision.claimId);
    if (!isClaimable(listing)) throw new ListingNoLongerClaimableError();
    await this.close(manager, claim, ClaimAction.APPROVE, {
      status: ClaimStatus.APPROVED,
      decidedBy: decision.adminId,
      reason: decision.reason,
    });
    try {
      await this.content.assignOwner(manager, listing.id, claim.claimantAccountId);
    } catch (error) {
      translateDatabaseError(error, APPROVAL_CONFLICTS);
    }
    await this.listings.bumpVersion(manager, listing);
    await this.rejectOpenClaims(manager, listing.id, decision.adminId, ANOTHER_CLAIM_APPROVED, claim.id);
    return this.reviewOf(manager, await this.found(manager, claim.id));
  }

  async reject(manager: EntityManager, decision: ClaimDecision): Promise<ClaimReview> {
    const { claim } = await this.lockOpen(manager, decision.claimId);
    await this.close(manager, claim, ClaimAction.REJECT, {
      status: ClaimStatus.REJECTED,
      decidedBy: decision.adminId,
      reason: decision.reason,
    });
    return this.reviewOf(manager, await this.found(manager, claim.id));
  }

  /** Rejects the listing's open claims (but `exceptId`), each with an audit row. */
  async rejectOpenClaims(
    manager: EntityManager,
    listingId: string,
    adminId: string,
    reason: string,
    exceptId: string | null = null,
  ): Promise<void> {
    const rejected = await this.claims.rejectOpen(manager, listingId, exceptId, adminId, reason);
    for (const claimId of rejected) {
      await this.appendAudit(manager, { listingId, claimId, actorId: adminId, action: ClaimAction.REJECT, reason });
    }
  }

  private async lockOpen(
    manager: EntityManager,
    claimId: string,
  ): Promise<{ listing: ProviderEntity; claim: ClaimRecord }> {
    const listingId = await this.claims.listingOf(manager, claimId);
    const listing = listingId && (await this.listings.findForUpdate(manager, listingId));
    const claim = await this.claims.find(manager, claimId);
    if (!listing || !claim) throw new ClaimNotFoundError();
    if (claim.status !== ClaimStatus.OPEN) throw new ClaimNotOpenError(claim.status);
    return { listing, claim };
  }

  private async close(
    manager: EntityManager,
    claim: ClaimRecord,
    action: ClaimAction,
    closing: ClaimClosing,
  ): Promise<void> {
    // Lapsed or closed since it was read (a withdrawal does not wait for the listing's lock).
    if (!(await this.claims.close(manager, claim.id, closing))) {
      const current = await this.claims.find(manager, claim.id);
      throw new ClaimNotOpenError(current?.status ?? claim.status);
    }
    await this.appendAudit(manager, {
      listingId: claim.listingId,
      claimId: claim.id,
      actorId: closing.decidedBy ?? claim.claimantAccountId,
      action,
      reason: closing.reason,
    });
  }

  private async found(manager: EntityManager, id: string): Promise<ClaimRecord> {
    const claim = await this.claims.find(manager, id);
    if (!claim) throw new ClaimNotFoundError();
    return claim;
  }

  private async reviewOf(manager: EntityManager, claim: ClaimRecord | undefined): Promise<ClaimReview> {
    const listing = claim && (await this.listings.snapshot(manager, claim.listingId));
    if (!claim || !listing) throw new ClaimNotFoundError();
    return { claim, listing };
  }

  private appendAudit(
    manager: EntityManager,
    entry: { listingId: string; claimId: string; actorId: string; action: ClaimAction; reason: string | null },
  ): Promise<void> {
    return this.audit.append(manager, {
      providerId: entry.listingId,
      revisionId: null,
      claimId: entry.claimId,
      actorId: entry.actorId,
      action: entry.action,
      fromStatus: null,
      toStatus: null,
      reason: entry.reason,
      checks: null,
    });
  }
}
