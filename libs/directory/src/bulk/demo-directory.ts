import { ClientBase } from 'pg';
import { loadListings } from './listing-loader';
import { syntheticListings } from './synthetic-listings';

export const DEMO_LISTING_COUNT = 600;

/** Loads the synthetic demo directory into an empty database; returns how many listings were written (0 if not empty). */
export async function seedDemoDirectoryIfEmpty(
  client: ClientBase,
  today = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const { rows } = await client.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM providers) AS empty');
  if (!rows[0].empty) return 0;
  await loadListings(client, () => syntheticListings({ count: DEMO_LISTING_COUNT, today }));
  return DEMO_LISTING_COUNT;
}
