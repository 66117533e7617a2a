import { ListingStatus } from './listing-lifecycle';

export enum ClaimStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Not decided within LISTING_CLAIM_DAYS; an open claim counts as expired from its expires_at on. */
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Audit actions of a claim, recorded on its listing's trail. */
export enum ClaimAction {
  SUBMIT = 'CLAIM_SUBMIT',
  WITHDRAW = 'CLAIM_WITHDRAW',
  APPROVE = 'CLAIM_APPROVE',
  REJECT = 'CLAIM_REJECT',
}

export const ANOTHER_CLAIM_APPROVED = 'Another claim for this listing was approved';
export const LISTING_ARCHIVED = 'The listing was archived';

export interface ClaimLicense {
  state: string;
  licenseType: string;
  number: string;
}

const UNCLAIMABLE = [ListingStatus.ARCHIVED, ListingStatus.REJECTED];

/** Only an unowned listing that is neither archived nor rejected may be claimed (or have a claim approved). */
export function isClaimable(listing: { ownerAccountId: string | null; status: ListingStatus }): boolean {
  return listing.ownerAccountId === null && !UNCLAIMABLE.includes(listing.status);
}

/** The licenses as evidence: numbers trimmed, each license once (in the order first entered). */
export function distinctLicenses(licenses: ClaimLicense[]): ClaimLicense[] {
  const seen = new Map<string, ClaimLicense>();
  for (const { state, licenseType, number } of licenses) {
    const license = { state, licenseType, number: number.trim() };
    const key = JSON.stringify([license.state, license.licenseType, license.number]);
    if (!seen.has(key)) seen.set(key, license);
  }
  return [...seen.values()];
}
