import { ListingAuditEventEntity, ListingView, toManagedListing, Vocabularies } from '@app/directory';
import { mapNodes, Page } from '@app/shared';
import { ApprovalChecksRecord, ListingAuditEvent } from './models/listing-audit-event.model';
import { ManagedListingConnection } from './models/listing-connection.model';

export function toListingConnection(page: Page<ListingView>, vocabularies: Vocabularies): ManagedListingConnection {
  return mapNodes(page, (view) => toManagedListing(view, vocabularies));
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
