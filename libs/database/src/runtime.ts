import { Environment, InvalidEnvironmentError, resolveAppSecret, ResolvedSettings } from '@app/config';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabaseName } from './database-url';
import { embeddedDataDir, embeddedServerUrl, startEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './migrate';

export const EMBEDDED_DATABASE_NAME = 'affirming_care';

/** The database and secret a process runs with, and how to let go of them. */
export interface Runtime {
  settings: ResolvedSettings;
  /** Stops the embedded server when this process started it; otherwise leaves the database to its owner. */
  stop(): Promise<void>;
}

export interface RuntimeNeeds {
  /**
   * With no DATABASE_URL and no embedded server on this DATA_DIR running yet: start one (the api, the cli), or refuse
   * (the worker serves the API's database and never makes one).
   */
  mayStartEmbedded: boolean;
  /**
   * Apply pending migrations first (the api, the cli). The worker does not: migrations take no lock, so two processes
   * migrating at once could fail, and the API migrates before it serves.
   */
  migrate: boolean;
  log: (message: string) => void;
}

/**
 * The one way every process finds its database and secret: DATABASE_URL with APP_SECRET; or, with nothing set, the
 * embedded PostgreSQL under DATA_DIR (joined when a process already runs it, else started) and the secret kept there.
 */
export async function resolveRuntime(environment: Environment, needs: RuntimeNeeds): Promise<Runtime> {
  const appSecret = resolveAppSecret(environment);
  const embedded = !environment.DATABASE_URL;
  const { databaseUrl, stop }: DatabaseInUse = environment.DATABASE_URL
    ? { databaseUrl: environment.DATABASE_URL, stop: () => Promise.resolve() }
    : await embeddedDatabase(environment, needs);
  if (needs.migrate) {
    const applied = await runMigrations(databaseUrl);
    if (applied.length) needs.log(`Applied migrations: ${applied.join(', ')}`);
  }
  return { settings: { environment, databaseUrl, appSecret, embeddedDatabase: embedded }, stop };
}

interface DatabaseInUse {
  databaseUrl: string;
  stop: () => Promise<void>;
}

async function embeddedDatabase(environment: Environment, needs: RuntimeNeeds): Promise<DatabaseInUse> {
  const port = environment.EMBEDDED_PG_PORT;
  const requestedDataDir = join(environment.DATA_DIR, 'pg');
  const serverUrl = embeddedServerUrl(port);
  let stop = () => Promise.resolve();
  if (!(await servesDataDir(port, embeddedDataDir(requestedDataDir)))) {
    if (!needs.mayStartEmbedded) {
      throw new InvalidEnvironmentError(
        `No embedded PostgreSQL runs on port ${port}: start the API first (\`npm start\`), or set DATABASE_URL and APP_SECRET`,
      );
    }
    needs.log(`Starting embedded PostgreSQL on port ${port}…`);
    const server = await startEmbeddedPostgres({ dataDir: requestedDataDir, port });
    stop = () => server.stop();
  }
  await ensureDatabase(serverUrl, EMBEDDED_DATABASE_NAME);
  return { databaseUrl: withDatabaseName(serverUrl, EMBEDDED_DATABASE_NAME), stop };
}

/**
 * Whether the embedded server of this data folder already answers on the port. Another folder's server there (a
 * second checkout) is refused rather than joined: its data was sealed with another secret.
 */
async function servesDataDir(port: number, dataDir: string): Promise<boolean> {
  const client = new Client({
    connectionString: withDatabaseName(embeddedServerUrl(port), 'postgres'),
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
  } catch {
    await client.end().catch(() => undefined);
    return false;
  }
  try {
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    const served = rows[0].data_directory;
    if (served !== dataDir) {
      throw new InvalidEnvironmentError(
        `Port ${port} serves the embedded PostgreSQL of ${served}, not of ${dataDir}: set EMBEDDED_PG_PORT to a free port`,
      );
    }
    return true;
  } finally {
    await client.end();
  }
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
