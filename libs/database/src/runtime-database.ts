import { Environment } from '@app/config';
import { Client } from 'pg';
import { join } from 'node:path';
import { withDatabaseName } from './database-url';
import { embeddedServerUrl, startEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './migrate';

/** The app's database inside the embedded PostgreSQL. */
export const EMBEDDED_DATABASE_NAME = 'affirming_care';

export interface RuntimeDatabase {
  url: string;
  /** Started here under DATA_DIR (no DATABASE_URL): the demo run. */
  embedded: boolean;
  /** Stops the embedded server, if this process started it. */
  stop(): Promise<void>;
}

/** The app's database in the embedded PostgreSQL on `port`, whichever process started it. */
export function embeddedDatabaseUrl(port: number): string {
  return withDatabaseName(embeddedServerUrl(port), EMBEDDED_DATABASE_NAME);
}

/** DATABASE_URL, else an embedded PostgreSQL started under DATA_DIR with the app's database in it; migrated. */
export async function openRuntimeDatabase(
  environment: Environment,
  log: (message: string) => void,
): Promise<RuntimeDatabase> {
  let database: RuntimeDatabase = {
    url: environment.DATABASE_URL ?? '',
    embedded: false,
    stop: () => Promise.resolve(),
  };
  if (!environment.DATABASE_URL) {
    log(`Starting embedded PostgreSQL on port ${environment.EMBEDDED_PG_PORT}…`);
    const server = await startEmbeddedPostgres({
      dataDir: join(environment.DATA_DIR, 'pg'),
      port: environment.EMBEDDED_PG_PORT,
    });
    await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME);
    database = { url: embeddedDatabaseUrl(environment.EMBEDDED_PG_PORT), embedded: true, stop: () => server.stop() };
  }
  const applied = await runMigrations(database.url);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  return database;
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
