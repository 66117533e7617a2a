import { ListingAvailability } from '@app/directory';
import { ReferralListingNotFoundError, listingNotReceiving, stateNotServed } from '../referrals.errors';
import { CareModality, ReferralWarning } from '../referral.vocabulary';

/**
 * Whether a listing can take a referral for a client in `state` wanting `modality`: refused with the reason when it
 * cannot serve them; allowed with a warning when the provider is not taking new patients (they may make an exception).
 */
export function assessListing(
  listing: ListingAvailability | null,
  modality: CareModality,
  state: string,
): ReferralWarning[] {
  if (!listing || listing.status !== 'APPROVED') throw new ReferralListingNotFoundError();
  if (!listing.ownerAccountId) throw listingNotReceiving();
  const refusal = coverageProblem(listing, modality, state);
  if (refusal) throw stateNotServed(refusal);
  return listing.acceptingNewPatients ? [] : [ReferralWarning.NOT_ACCEPTING_NEW_PATIENTS];
}

function coverageProblem(listing: ListingAvailability, modality: CareModality, state: string): string | null {
  const noOffice = `the provider has no practice location in ${state}`;
  const noTelehealth = `the provider does not offer telehealth with an active verified license in ${state}`;
  switch (modality) {
    case CareModality.IN_PERSON:
      return listing.inPerson ? null : noOffice;
    case CareModality.TELEHEALTH:
      return listing.telehealth ? null : noTelehealth;
    case CareModality.EITHER:
      return listing.inPerson || listing.telehealth ? null : `${noOffice}, and ${noTelehealth}`;
  }
}
