import { Environment, resolveAppSecret, ResolvedSettings } from '@app/config';
import { embeddedDatabaseUrl, openRuntimeDatabase, runMigrations } from '@app/database';
import { Client } from 'pg';

export interface CliRuntime {
  settings: ResolvedSettings;
  stop(): Promise<void>;
}

/**
 * The database the app uses, migrated: DATABASE_URL, else the embedded server — the one a running `npm start`
 * already serves, or a fresh start of it (stopped again by `stop`). Never any demo data.
 */
export async function cliRuntime(environment: Environment, say: (message: string) => void): Promise<CliRuntime> {
  const appSecret = resolveAppSecret(environment);
  const runningUrl = embeddedDatabaseUrl(environment.EMBEDDED_PG_PORT);
  if (!environment.DATABASE_URL && (await answers(runningUrl))) {
    await runMigrations(runningUrl);
    const settings = { environment, databaseUrl: runningUrl, appSecret, embeddedDatabase: true };
    return { settings, stop: () => Promise.resolve() };
  }
  const database = await openRuntimeDatabase(environment, say);
  const settings = { environment, databaseUrl: database.url, appSecret, embeddedDatabase: database.embedded };
  return { settings, stop: () => database.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
