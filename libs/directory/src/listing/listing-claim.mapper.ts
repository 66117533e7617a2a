import { ListingClaim } from '../models/listing-claim.model';
import { ClaimRecord } from './listing-claim.repository';

export function toListingClaim(claim: ClaimRecord): ListingClaim {
  return {
    id: claim.id,
    npi: claim.npi,
    status: claim.status,
    licenses: claim.licenses,
    createdAt: claim.createdAt,
    expiresAt: claim.expiresAt,
    decidedAt: claim.decidedAt,
    reason: claim.reason,
  };
}
