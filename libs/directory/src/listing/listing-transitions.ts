import { NotFoundError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingRevisionEntity } from '../entities/listing-revision.entity';
import { ProviderEntity } from '../entities/provider.entity';
import { ListingAuditRepository } from './listing-audit.repository';
import { LISTING_ARCHIVED } from './listing-claim-rules';
import { ListingClaims } from './listing-claims.service';
import {
  LISTING_LEVEL_ACTIONS,
  ListingAction,
  ListingStatus,
  ListingTransitionError,
  targetStatus,
} from './listing-lifecycle';
import { ListingRepository } from './listing.repository';
import { ListingContentRepository } from './listing-content.repository';

export class ListingNotFoundForCallerError extends NotFoundError {
  constructor() {
    super('DIRECTORY.LISTING_NOT_FOUND', 'No listing has this id');
  }
}

/** What a transition acts on: the listing itself, or the open revision of an approved listing. */
export interface ReviewSubject {
  listing: ProviderEntity;
  revision: ListingRevisionEntity | null;
  from: ListingStatus;
  to: ListingStatus;
}

export interface TransitionRequest {
  listing: ProviderEntity;
  action: ListingAction;
  actorId: string;
  /** The version the caller saw; a different current version is a conflict. */
  expectedVersion?: number;
  reason?: string | null;
  /** Runs after the status changed, before the audit row; returns what was checked (recorded with the row). */
  effects?: (subject: ReviewSubject) => Promise<Record<string, unknown> | null>;
}

/** Applies one step of the state machine with optimistic concurrency, its effects, an audit row and a republish. */
@Injectable()
export class ListingTransitions {
  constructor(
    private readonly repository: ListingRepository,
    private readonly content: ListingContentRepository,
    private readonly audit: ListingAuditRepository,
    private readonly claims: ListingClaims,
  ) {}

  /** Locks and returns the listing, or NOT_FOUND. */
  async load(manager: EntityManager, id: string): Promise<ProviderEntity> {
    const listing = await this.repository.findForUpdate(manager, id);
    if (!listing) throw new ListingNotFoundForCallerError();
    return listing;
  }

  async apply(manager: EntityManager, request: TransitionRequest): Promise<ReviewSubject> {
    const { listing, action } = request;
    if (request.expectedVersion !== undefined && request.expectedVersion !== listing.version) {
      throw new ListingTransitionError(action, listing.status, `listing (now version ${listing.version})`);
    }
    const subject = await this.subjectOf(manager, listing, action);
    await this.move(manager, subject, action, request.actorId);
    const checks = request.effects ? await request.effects(subject) : null;
    await this.audit.append(manager, {
      providerId: listing.id,
      revisionId: subject.revision?.id ?? null,
      actorId: request.actorId,
      action,
      fromStatus: subject.from,
      toStatus: subject.to,
      reason: request.reason ?? null,
      checks,
    });
    if (action === ListingAction.ARCHIVE) {
      await this.closeOpenRevision(manager, request);
      await this.claims.rejectOpenClaims(manager, listing.id, request.actorId, LISTING_ARCHIVED);
    }
    await this.content.publish(manager, listing.id);
    return subject;
  }

  // Nothing waits for review on an archived listing: neither a revision nor a claim.
  private async closeOpenRevision(manager: EntityManager, request: TransitionRequest): Promise<void> {
    const revision = await this.repository.openRevision(manager, request.listing.id);
    if (!revision) return;
    await this.repository.changeRevisionStatus(manager, revision, ListingStatus.REJECTED, request.actorId);
    await this.audit.append(manager, {
      providerId: request.listing.id,
      revisionId: revision.id,
      actorId: request.actorId,
      action: ListingAction.REJECT,
      fromStatus: revision.status,
      toStatus: ListingStatus.REJECTED,
      reason: 'listing archived',
      checks: null,
    });
  }

  private async subjectOf(
    manager: EntityManager,
    listing: ProviderEntity,
    action: ListingAction,
  ): Promise<ReviewSubject> {
    const revision = LISTING_LEVEL_ACTIONS.includes(action)
      ? null
      : await this.repository.openRevision(manager, listing.id);
    const from = revision?.status ?? listing.status;
    return { listing, revision, from, to: targetStatus(action, from) };
  }

  private async move(
    manager: EntityManager,
    subject: ReviewSubject,
    action: ListingAction,
    actorId: string,
  ): Promise<void> {
    const { listing, revision } = subject;
    const decided = [ListingAction.APPROVE, ListingAction.REJECT, ListingAction.REQUEST_CHANGES].includes(action);
    const moved = revision
      ? (await this.repository.changeRevisionStatus(manager, revision, subject.to, decided ? actorId : null)) &&
        (await this.repository.bumpVersion(manager, listing))
      : await this.repository.changeStatus(manager, listing, subject.to);
    if (!moved) {
      const current = await this.repository.findForUpdate(manager, listing.id);
      throw new ListingTransitionError(action, current?.status ?? listing.status);
    }
  }
}
