import { TestDatabase } from './test-database';

/** Whether the public sees the listing: its document is in the read model that search and profiles read. */
export async function isPublished(database: TestDatabase, listingId: string): Promise<boolean> {
  const rows = await database.query('SELECT 1 FROM search_listings WHERE provider_id = $1', [listingId]);
  return rows.length === 1;
}
