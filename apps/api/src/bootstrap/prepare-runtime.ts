import { Environment, fieldCipherFor } from '@app/config';
import { resolveRuntime, Runtime } from '@app/database';
import { seedDemoDirectoryIfEmpty } from '@app/directory';
import { Client } from 'pg';
import { DemoAccounts, seedDemoAccounts } from './demo-accounts';

export interface ApiRuntime extends Runtime {
  seededListings: number;
  /** Printed at start-up; only ever set for the embedded demo run. */
  demoAccounts: DemoAccounts | null;
}

/**
 * Everything that must hold before the app is created: its database (embedded unless DATABASE_URL is set), migrated,
 * the secret, and demo data when wanted.
 */
export async function prepareRuntime(environment: Environment, log: (message: string) => void): Promise<ApiRuntime> {
  const runtime = await resolveRuntime(environment, { mayStartEmbedded: true, migrate: true, log });
  const { databaseUrl, appSecret, embeddedDatabase: embedded } = runtime.settings;
  const seededListings = (environment.SEED_DEMO ?? embedded) ? await seedDemoData(databaseUrl) : 0;
  if (seededListings) log(`Loaded ${seededListings} synthetic demo listings`);
  const demoAccounts =
    embedded && (environment.SEED_DEMO ?? true)
      ? await seedDemoAccounts(databaseUrl, fieldCipherFor(appSecret, environment.DATA_ENCRYPTION_KEYS))
      : null;
  return { ...runtime, seededListings, demoAccounts };
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
