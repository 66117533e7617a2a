import { runMigrations, withDatabaseName } from '@app/database';
import { Client } from 'pg';
import { LoadFigures, measureLoad } from './load-figures';

export interface BenchDataset {
  url: string;
  load: LoadFigures;
  reused: boolean;
}

/** Seed and day of the synthetic directory: fixed, so every run on every machine searches the same data. */
export const DATASET_SEED = 20261128;
export const DATASET_DAY = '2026-11-28';

/**
 * The database `acd_bench_<listings>`: reused when an earlier run finished building it (pending migrations are
 * applied), otherwise built from scratch with the real migrations and the bulk loader.
 */
export async function ensureDataset(
  serverUrl: string,
  listings: number,
  say: (line: string) => void,
): Promise<BenchDataset> {
  const name = `acd_bench_${listings}`;
  const url = withDatabaseName(serverUrl, name);
  const recorded = await readRecordedLoad(url);
  if (recorded) {
    // A migration may rewrite the read model: index-only scans need the visibility map again, the planner fresh stats.
    if ((await runMigrations(url)).length) await withClient(url, (client) => client.query('VACUUM ANALYZE'));
    say(`Reusing ${name} (${listings.toLocaleString('en-US')} listings, built ${recorded.builtAt}).`);
    return { url, load: recorded, reused: true };
  }
  say(`Building ${name}: migrations, then ${listings.toLocaleString('en-US')} synthetic listings through COPY…`);
  await withClient(withDatabaseName(serverUrl, 'postgres'), async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  });
  await runMigrations(url);
  const load = await withClient(url, async (client) => {
    const figures = await measureLoad(client, { count: listings, seed: DATASET_SEED, today: DATASET_DAY }, say);
    say('VACUUM ANALYZE (visibility map for index-only scans, planner statistics)…');
    await client.query('VACUUM ANALYZE');
    await recordLoad(client, figures);
    return figures;
  });
  return { url, load, reused: false };
}

// The record is written last: a database without it is an interrupted build and is rebuilt.
async function readRecordedLoad(url: string): Promise<LoadFigures | undefined> {
  try {
    return await withClient(url, async (client) => {
      const { rows } = await client.query<{ figures: LoadFigures }>('SELECT figures FROM bench_dataset');
      return rows[0]?.figures;
    });
  } catch {
    return undefined;
  }
}

async function recordLoad(client: Client, figures: LoadFigures): Promise<void> {
  await client.query('CREATE TABLE bench_dataset (figures jsonb NOT NULL)');
  await client.query('INSERT INTO bench_dataset (figures) VALUES ($1)', [figures]);
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
