import { ListingAuditRecord, ListingView, toManagedListing, Vocabularies } from '@app/directory';
import { mapNodes, Page } from '@app/shared';
import { ApprovalChecksRecord, ListingAuditEvent } from './models/listing-audit-event.model';
import { ManagedListingConnection } from './models/listing-connection.model';

export function toListingConnection(page: Page<ListingView>, vocabularies: Vocabularies): ManagedListingConnection {
  return mapNodes(page, (view) => toManagedListing(view, vocabularies));
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
