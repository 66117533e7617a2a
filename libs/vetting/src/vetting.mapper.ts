import { ListingAuditEventEntity, ManagedListing, toManagedListing, Vocabularies } from '@app/directory';
import { ListingPage } from './review-queue.service';
import { ApprovalChecksRecord, ListingAuditEvent } from './models/listing-audit-event.model';
import { ManagedListingConnection } from './models/listing-connection.model';

export function toListingConnection(page: ListingPage, vocabularies: Vocabularies): ManagedListingConnection {
  return {
    nodes: page.listings.map((view): ManagedListing => toManagedListing(view, vocabularies)),
    hasNextPage: page.hasNextPage,
    endCursor: page.endCursor,
  };
}

export function toListingAuditEvent(entity: ListingAuditEventEntity): ListingAuditEvent {
  return {
    id: entity.id,
    action: entity.action,
    actorAccountId: entity.actorId,
    revisionId: entity.revisionId,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    reason: entity.reason,
    // Written only by ListingApprovalService, from ApprovalChecks, whose shape this model mirrors.
    checks: entity.checks as ApprovalChecksRecord | null,
    at: entity.createdAt,
  };
}
