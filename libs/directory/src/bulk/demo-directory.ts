import { ClientBase } from 'pg';
import { AFFIRMING_CARE_ATTESTATION } from '../listing/affirming-care-attestation';
import { directoryIsEmpty, giveUnownedListingTo, prepareDemoReviewQueue } from './demo-directory.repository';
import { loadListings } from './listing-loader.repository';
import { syntheticListings } from './synthetic-listings';

export const DEMO_LISTING_COUNT = 600;

/**
 * Loads the synthetic demo directory into an empty database, with a few submitted listings ready to vet; returns how
 * many listings were written (0 if not empty).
 */
export async function seedDemoDirectoryIfEmpty(
  client: ClientBase,
  today = new Date().toISOString().slice(0, 10),
): Promise<number> {
  if (!(await directoryIsEmpty(client))) return 0;
  await loadListings(client, () => syntheticListings({ count: DEMO_LISTING_COUNT, today }));
  await prepareDemoReviewQueue(client, AFFIRMING_CARE_ATTESTATION.version);
  return DEMO_LISTING_COUNT;
}

/** Makes a demo provider account the owner of one approved demo listing (once), with the current attestation. */
export async function giveDemoListing(client: ClientBase, providerAccountId: string): Promise<void> {
  await giveUnownedListingTo(client, providerAccountId, AFFIRMING_CARE_ATTESTATION.version);
}
