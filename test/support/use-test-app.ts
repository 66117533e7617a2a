import { Role } from '@app/auth';
import { ListingRecord } from '@app/directory/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import { signedInAccount, TestAccount } from './accounts';
import { startTestApp } from './test-app';
import { TestDatabase } from './test-database';
import { databaseWith, fail } from './use-test-database';

export interface TestAppOptions {
  /** Listings in the database before the app starts. */
  listings?: ListingRecord[];
  /** Environment variables as a deployment would set them, over the test defaults. */
  environment?: Record<string, string>;
  /** Where the app's log lines go instead of standard output, for a spec that reads them. */
  logDestination?: DestinationStream;
  /** A DATA_DIR of the spec's own (the mail folder is in it), removed after. */
  dataDir?: boolean;
  /** One account signed in per role, once the app is up. */
  signedIn?: Role[];
}

/** Plain functions, not methods, so that a spec can take them apart: `const { app, database } = useTestApp()`. */
export interface TestAppHandle {
  app: () => NestFastifyApplication;
  database: () => TestDatabase;
  dataDir: () => string;
  /** The account signed in for this role (see `signedIn`). */
  account: (role: Role) => TestAccount;
  /** One more instance of the app on the same database with more settings, closed after: two API processes, say. */
  startAnother: (environment: Record<string, string>) => Promise<NestFastifyApplication>;
}

// Starting the app and signing accounts in (each a password hash) takes a while on a busy machine.
const START_TIMEOUT_MS = 60_000;

/**
 * Gives the calling spec file its own database and the real app on it, as `options` say, torn down after. The one
 * way e2e specs start the app, so that each reads as what it tests.
 */
export function useTestApp(options: TestAppOptions = {}): TestAppHandle {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  const apps: NestFastifyApplication[] = [];
  const accounts = new Map<Role, TestAccount>();

  const start = async (environment: Record<string, string>) => {
    const app = await startTestApp(
      database ?? fail('the test database is not created yet'),
      { ...environment, ...(dataDir ? { DATA_DIR: dataDir } : {}) },
      { logDestination: options.logDestination },
    );
    apps.push(app);
    return app;
  };
  const app = () => apps[0] ?? fail('the test app is not started yet');

  beforeAll(async () => {
    if (options.dataDir) dataDir = mkdtempSync(join(tmpdir(), 'acd-test-data-'));
    database = await databaseWith(options.listings);
    await start(options.environment ?? {});
    for (const role of options.signedIn ?? []) accounts.set(role, await signedInAccount(app(), database, role));
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    for (const started of apps) await started.close();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    app,
    database: () => database ?? fail('the test database is not created yet'),
    dataDir: () => dataDir ?? fail('the test app has no data folder: ask for one with `dataDir: true`'),
    account: (role) => accounts.get(role) ?? fail(`no ${role} is signed in: list the role in \`signedIn\``),
    startAnother: (environment) => start({ ...options.environment, ...environment }),
  };
}
