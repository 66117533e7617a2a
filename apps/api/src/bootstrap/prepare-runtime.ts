import { Environment, resolveAppSecret, ResolvedSettings } from '@app/config';
import { openRuntimeDatabase } from '@app/database';
import { seedDemoDirectoryIfEmpty } from '@app/directory';
import { Client } from 'pg';
import { DemoAccount, seedDemoAccounts } from './demo-accounts';

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
  const appSecret = resolveAppSecret(environment);
  const database = await openRuntimeDatabase(environment, log);
  const seededListings = (environment.SEED_DEMO ?? database.embedded) ? await seedDemoData(database.url) : 0;
  if (seededListings) log(`Loaded ${seededListings} synthetic demo listings`);
  const demoAccounts = database.embedded && (environment.SEED_DEMO ?? true) ? await seedDemoAccounts(database.url) : [];
  return {
    settings: { environment, databaseUrl: database.url, appSecret, embeddedDatabase: database.embedded },
    seededListings,
    demoAccounts,
    stop: () => database.stop(),
  };
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
