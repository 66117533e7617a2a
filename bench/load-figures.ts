import {
  copyListingRows,
  LISTING_TABLES,
  ListingRecord,
  loadListings,
  syntheticListings,
  SyntheticOptions,
} from '@app/directory/testing';
import { ClientBase } from 'pg';

export interface LoadFigures {
  listings: number;
  published: number;
  rows: number;
  /** COPY into the real tables (indexes, constraints) plus publishing the search read model. */
  loadSeconds: number;
  loadRowsPerSecond: number;
  /** The same rows COPYed into index- and constraint-free twins: what COPY alone costs. */
  plainCopySeconds: number;
  plainCopyRowsPerSecond: number;
  builtAt: string;
}

/** Loads the directory through the app's bulk loader, after timing a plain COPY of the very same rows. */
export async function measureLoad(
  client: ClientBase,
  data: SyntheticOptions,
  say: (line: string) => void,
): Promise<LoadFigures> {
  const listings = () => syntheticListings(data);
  const plain = await timed(() => plainCopy(client, listings));
  say(`  plain COPY: ${plain.value.toLocaleString('en-US')} rows in ${plain.seconds.toFixed(1)} s`);
  const load = await timed(() => loadListings(client, listings));
  say(
    `  loader: ${load.value.rowsCopied.toLocaleString('en-US')} rows, ${load.value.published.toLocaleString('en-US')} published, in ${load.seconds.toFixed(1)} s`,
  );
  return {
    listings: data.count,
    published: load.value.published,
    rows: load.value.rowsCopied,
    loadSeconds: load.seconds,
    loadRowsPerSecond: Math.round(load.value.rowsCopied / load.seconds),
    plainCopySeconds: plain.seconds,
    plainCopyRowsPerSecond: Math.round(plain.value / plain.seconds),
    builtAt: new Date().toISOString(),
  };
}

// Temporary twins carry the columns and defaults only; they vanish with the rolled-back transaction.
async function plainCopy(client: ClientBase, listings: () => Iterable<ListingRecord>): Promise<number> {
  await client.query('BEGIN');
  try {
    for (const table of LISTING_TABLES) {
      await client.query(`CREATE TEMP TABLE plain_${table} (LIKE ${table} INCLUDING DEFAULTS) ON COMMIT DROP`);
    }
    const { rowsCopied } = await copyListingRows(client, listings, (table) => `plain_${table}`);
    return rowsCopied;
  } finally {
    await client.query('ROLLBACK');
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
