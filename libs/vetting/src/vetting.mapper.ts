import { ListingAuditRecord, ManagedListing, toManagedListing, Vocabularies } from '@app/directory';
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

export function toListingAuditEvent(event: ListingAuditRecord): ListingAuditEvent {
  return {
    id: event.id,
    action: event.action,
    actorAccountId: event.actorId,
    revisionId: event.revisionId,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    // Written only by ListingApprovalService, from ApprovalChecks, whose shape this model mirrors.
    checks: event.checks as ApprovalChecksRecord | null,
    at: event.createdAt,
  };
}
