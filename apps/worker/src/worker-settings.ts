import { Environment, InvalidEnvironmentError, ResolvedSettings } from '@app/config';
import { embeddedDatabaseUrl } from '@app/database';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The worker serves the database the API uses: DATABASE_URL (with APP_SECRET), or, with nothing set, the embedded
 * database and secret of a running `npm start`. It never starts a database or migrates one itself.
 */
export function resolveWorkerSettings(environment: Environment): ResolvedSettings {
  if (environment.DATABASE_URL) {
    if (!environment.APP_SECRET) {
      throw new InvalidEnvironmentError(
        'Invalid configuration:\n  APP_SECRET: required when DATABASE_URL is set (at least 32 characters)',
      );
    }
    return {
      environment,
      databaseUrl: environment.DATABASE_URL,
      appSecret: environment.APP_SECRET,
      embeddedDatabase: false,
    };
  }
  const secretFile = join(environment.DATA_DIR, 'app-secret');
  if (!existsSync(secretFile)) {
    throw new InvalidEnvironmentError(
      `No ${secretFile}: start the API once with \`npm start\`, or set DATABASE_URL and APP_SECRET`,
    );
  }
  return {
    environment,
    databaseUrl: embeddedDatabaseUrl(environment.EMBEDDED_PG_PORT),
    appSecret: environment.APP_SECRET ?? readFileSync(secretFile, 'utf8').trim(),
    embeddedDatabase: true,
  };
}
