import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingRevisionEntity } from '../entities/listing-revision.entity';
import { ListingAuditRecord, ListingAuditRepository } from './listing-audit.repository';
import { ListingSnapshot } from './listing-fields';
import { ListingStatus } from './listing-lifecycle';
import { ListingNotFoundForCallerError } from './listing-transitions';
import { ListingRepository } from './listing.repository';

// The decisions that wait on the provider, and come with a reason written for them.
const REASONED_DECISIONS = [ListingStatus.CHANGES_REQUESTED, ListingStatus.REJECTED, ListingStatus.SUSPENDED];

/** A listing with every revision, newest first: what its owner and admins look at. */
export interface ListingView {
  listing: ListingSnapshot;
  revisions: ListingRevisionEntity[];
  /** The newest decision with a reason for the provider (changes requested, rejected, suspended). */
  latestDecision: { status: ListingStatus; reason: string; decidedAt: Date } | null;
}

@Injectable()
export class ListingViews {
  constructor(
    private readonly repository: ListingRepository,
    private readonly audit: ListingAuditRepository,
  ) {}

  /** The listing and its revisions, or NOT_FOUND. */
  async load(manager: EntityManager, id: string): Promise<ListingView> {
    const listing = await this.repository.snapshot(manager, id);
    if (!listing) throw new ListingNotFoundForCallerError();
    const [revisions, decision] = await Promise.all([
      this.repository.revisions(manager, id),
      this.audit.latestReasonedStep(manager, id, REASONED_DECISIONS),
    ]);
    const latestDecision =
      decision?.toStatus && decision.reason
        ? { status: decision.toStatus, reason: decision.reason, decidedAt: decision.createdAt }
        : null;
    return { listing, revisions, latestDecision };
  }

  /** The listing's audit trail, oldest first, or NOT_FOUND. */
  async history(manager: EntityManager, id: string): Promise<ListingAuditRecord[]> {
    if (!(await this.repository.snapshot(manager, id))) throw new ListingNotFoundForCallerError();
    return this.audit.history(manager, id);
  }
}
