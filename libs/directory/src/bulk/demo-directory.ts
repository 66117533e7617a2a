import { ClientBase } from 'pg';
import { AFFIRMING_CARE_ATTESTATION } from '../listing/affirming-care-attestation';
import {
  DEMO_SUBMITTED_COUNT,
  directoryIsEmpty,
  giveUnownedListingTo,
  prepareDemoReviewQueue,
} from './demo-directory.repository';
import { queuedNpis, registryScope, writeRegistry } from './demo-registry.repository';
import { ListingRecord } from './listing-record';
import { loadListings } from './listing-loader.repository';
import { syntheticListings } from './synthetic-listings';
import { syntheticRegistry } from './synthetic-registry';

export const DEMO_LISTING_COUNT = 600;
/** Where registry_imports says the demo registry came from. */
export const DEMO_REGISTRY_FILE = 'demo registry (synthetic)';

/**
 * Loads the synthetic demo directory into an empty database, with a few submitted listings ready to vet and a
 * synthetic NPI registry beside it; returns how many listings were written (0 if not empty).
 */
export async function seedDemoDirectoryIfEmpty(
  client: ClientBase,
  today = new Date().toISOString().slice(0, 10),
): Promise<number> {
  if (!(await directoryIsEmpty(client))) return 0;
  const listings = [...syntheticListings({ count: DEMO_LISTING_COUNT, today })];
  await loadListings(client, () => listings);
  await prepareDemoReviewQueue(client, AFFIRMING_CARE_ATTESTATION.version);
  await seedDemoRegistry(client, listings, today);
  return DEMO_LISTING_COUNT;
}

/**
 * A synthetic NPI registry beside these listings, dated `today`: records of most listings (the review queue's show a
 * match, a name that does not match and an NPI the registry lacks) and unlisted practitioners to invite.
 */
export async function seedDemoRegistry(client: ClientBase, listings: ListingRecord[], today: string): Promise<void> {
  const practitioners = syntheticRegistry({
    listings,
    queuedNpis: await queuedNpis(client, DEMO_SUBMITTED_COUNT),
    scope: await registryScope(client),
    today,
  });
  await writeRegistry(client, practitioners, { fileName: DEMO_REGISTRY_FILE, dataDate: today });
}

/** Makes a demo provider account the owner of one approved demo listing (once), with the current attestation. */
export async function giveDemoListing(client: ClientBase, providerAccountId: string): Promise<void> {
  await giveUnownedListingTo(client, providerAccountId, AFFIRMING_CARE_ATTESTATION.version);
}
