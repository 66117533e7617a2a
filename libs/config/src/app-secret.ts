import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment, InvalidEnvironmentError } from './environment';

/**
 * APP_SECRET when given; required with DATABASE_URL. The embedded run keeps a generated secret beside its data
 * instead, so cursors and sessions survive a restart and the api, the cli and the worker on that data sign alike.
 */
export function resolveAppSecret(environment: Environment): string {
  if (environment.APP_SECRET) return environment.APP_SECRET;
  if (environment.DATABASE_URL) {
    throw new InvalidEnvironmentError(
      'Invalid configuration:\n  APP_SECRET: required when DATABASE_URL is set (at least 32 characters)',
    );
  }
  return loadOrCreateAppSecret(environment.DATA_DIR);
}

function loadOrCreateAppSecret(dataDir: string): string {
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
