import { ListingView, toListingClaim, toManagedLicense, toManagedListing, Vocabularies } from '@app/directory';
import { mapNodes, Page } from '@app/shared';
import { ReviewedClaim } from './claim-review.service';
import { NamedAuditRecord } from './review-queue.service';
import { ClaimForReview } from './models/claim-for-review.model';
import { ApprovalChecksRecord, ListingAuditEvent } from './models/listing-audit-event.model';
import { ManagedListingConnection } from './models/listing-connection.model';

export function toListingConnection(page: Page<ListingView>, vocabularies: Vocabularies): ManagedListingConnection {
  return mapNodes(page, (view) => toManagedListing(view, vocabularies));
}

export function toListingAuditEvent(event: NamedAuditRecord): ListingAuditEvent {
  return {
    id: event.id,
    action: event.action,
    actorAccountId: event.actorId,
    actorName: event.actorName,
    revisionId: event.revisionId,
    claimId: event.claimId ?? null,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    // Written only by ListingApprovalService, from ApprovalChecks, whose shape this model mirrors.
    checks: event.checks as ApprovalChecksRecord | null,
    at: event.createdAt,
  };
}

export function toClaimForReview({ claim, listing, claimant }: ReviewedClaim): ClaimForReview {
  return {
    ...toListingClaim(claim),
    listing: {
      id: listing.id,
      name: `${listing.firstName} ${listing.lastName}`,
      firstName: listing.firstName,
      lastName: listing.lastName,
      npi: listing.npi,
      status: listing.status,
      licenses: listing.licenseRecords.map(toManagedLicense),
    },
    claimant: {
      id: claimant.id,
      displayName: claimant.displayName,
      email: claimant.email,
      emailVerified: claimant.emailVerified,
    },
  };
}
