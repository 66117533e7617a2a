import { ListingRecord, loadListings } from '@app/directory/testing';
import { TestDatabase } from './test-database';

/** Writes listings through the same loader as the demo data, publishing the approved ones. */
export async function insertListings(database: TestDatabase, listings: ListingRecord[]): Promise<void> {
  const client = await database.client();
  try {
    await loadListings(client, () => listings);
  } finally {
    await client.end();
  }
}
