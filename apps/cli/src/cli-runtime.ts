import { Environment } from '@app/config';
import { runMigrations, withDatabaseName } from '@app/database';
import { Client } from 'pg';
import { loadOrCreateAppSecret } from '../../api/src/bootstrap/app-secret';
import { EMBEDDED_DATABASE_NAME, prepareRuntime, Runtime } from '../../api/src/bootstrap/prepare-runtime';

/**
 * The database the app uses, migrated: DATABASE_URL, else the embedded server — the one a running `npm start`
 * already serves, or a fresh start of it (stopped again by `stop`).
 */
export async function cliRuntime(
  environment: Environment,
  say: (message: string) => void,
): Promise<Pick<Runtime, 'settings' | 'stop'>> {
  if (!environment.DATABASE_URL) {
    const runningUrl = withDatabaseName(
      `postgres://postgres:postgres@127.0.0.1:${environment.EMBEDDED_PG_PORT}`,
      EMBEDDED_DATABASE_NAME,
    );
    if (await answers(runningUrl)) {
      await runMigrations(runningUrl);
      const settings = {
        environment,
        databaseUrl: runningUrl,
        appSecret: loadOrCreateAppSecret(environment.DATA_DIR),
        embeddedDatabase: true,
      };
      return { settings, stop: () => Promise.resolve() };
    }
  }
  return prepareRuntime({ ...environment, SEED_DEMO: false }, say);
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
