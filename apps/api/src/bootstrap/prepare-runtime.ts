import { Environment, InvalidEnvironmentError, ResolvedSettings } from '@app/config';
import { runMigrations, startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { seedDemoDirectoryIfEmpty } from '@app/directory';
import { Client } from 'pg';
import { join } from 'node:path';
import { loadOrCreateAppSecret } from './app-secret';
import { DemoAccount, seedDemoAccounts } from './demo-accounts';

export const EMBEDDED_DATABASE_NAME = 'affirming_care';

export interface Runtime {
  settings: ResolvedSettings;
  seededListings: number;
  /** Printed at start-up; only ever set for the embedded demo run. */
  demoAccounts: DemoAccount[];
  stop(): Promise<void>;
}

/**
 * Everything that must hold before the app is created: a database (embedded unless DATABASE_URL is set), its
 * migrations, demo data when wanted, and the secret.
 */
export async function prepareRuntime(environment: Environment, log: (message: string) => void): Promise<Runtime> {
  const embedded = !environment.DATABASE_URL;
  if (!embedded && !environment.APP_SECRET) {
    throw new InvalidEnvironmentError(
      'Invalid configuration:\n  APP_SECRET: required when DATABASE_URL is set (at least 32 characters)',
    );
  }
  let stop: () => Promise<void> = () => Promise.resolve();
  let databaseUrl = environment.DATABASE_URL ?? '';
  if (embedded) {
    log(`Starting embedded PostgreSQL on port ${environment.EMBEDDED_PG_PORT}…`);
    const server = await startEmbeddedPostgres({
      dataDir: join(environment.DATA_DIR, 'pg'),
      port: environment.EMBEDDED_PG_PORT,
    });
    stop = () => server.stop();
    await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME);
    databaseUrl = withDatabaseName(server.serverUrl, EMBEDDED_DATABASE_NAME);
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  const seededListings = (environment.SEED_DEMO ?? embedded) ? await seedDemoData(databaseUrl) : 0;
  if (seededListings) log(`Loaded ${seededListings} synthetic demo listings`);
  const demoAccounts = embedded && (environment.SEED_DEMO ?? true) ? await seedDemoAccounts(databaseUrl) : [];
  return {
    settings: {
      environment,
      databaseUrl,
      appSecret: environment.APP_SECRET ?? loadOrCreateAppSecret(environment.DATA_DIR),
      embeddedDatabase: embedded,
    },
    seededListings,
    demoAccounts,
    stop,
  };
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

async function seedDemoData(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await seedDemoDirectoryIfEmpty(client);
  } finally {
    await client.end();
  }
}
