import type { ListingStatus, MyListingFieldsFragment } from '../../api/graphql.generated';

type Listing = Pick<MyListingFieldsFragment, 'reviewStatus'>;

// What awaits a decision (the open revision, else the listing) decides what its owner may do, as the API does.
const SAVEABLE: readonly ListingStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'APPROVED', 'SUSPENDED'];
const SUBMITTABLE: readonly ListingStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];

/** No listing yet: saving creates one. */
export const canSave = (listing: Listing | null) => !listing || SAVEABLE.includes(listing.reviewStatus);
export const canSubmit = (listing: Listing | null) => !!listing && SUBMITTABLE.includes(listing.reviewStatus);
export const canWithdraw = (listing: Listing | null) => listing?.reviewStatus === 'SUBMITTED';
