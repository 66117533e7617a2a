import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestDatabase } from '../../../test/support/test-database';
import { freePort, SERVER_URL_VARIABLE } from '../../../test/support/test-server';
import { revertLastMigration } from './migrate';
import { resolveRuntime, RuntimeNeeds } from './runtime';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

// Starting the embedded server is left to `npm start` itself: the package is an ES module jest cannot load.
describe('resolveRuntime', () => {
  let dataDir: string;
  const logged: string[] = [];
  const asApi: RuntimeNeeds = { mayStartEmbedded: true, migrate: true, log: (line) => logged.push(line) };
  const asWorker: RuntimeNeeds = { mayStartEmbedded: false, migrate: false, log: (line) => logged.push(line) };

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'runtime-'));
    logged.length = 0;
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const environment = (variables: Record<string, string>) => validateEnvironment({ DATA_DIR: dataDir, ...variables });

  it('uses DATABASE_URL with APP_SECRET, applying the migrations it lacks', async () => {
    const database = await TestDatabase.create();
    try {
      await revertLastMigration(database.url);
      const runtime = await resolveRuntime(environment({ DATABASE_URL: database.url, APP_SECRET: SECRET }), asApi);
      expect(runtime.settings).toMatchObject({ databaseUrl: database.url, appSecret: SECRET, embeddedDatabase: false });
      expect(logged).toEqual([expect.stringMatching(/^Applied migrations: \w+$/)]);
      await runtime.stop();
    } finally {
      await database.drop();
    }
  });

  it('refuses DATABASE_URL without APP_SECRET before reaching for any database', async () => {
    const attempt = resolveRuntime(environment({ DATABASE_URL: 'postgres://db.invalid/acd' }), asApi);
    await expect(attempt).rejects.toThrow(InvalidEnvironmentError);
    await expect(attempt).rejects.toThrow(/APP_SECRET: required/);
  });

  it('tells the worker to start the API first when no embedded server runs for DATA_DIR', async () => {
    const attempt = resolveRuntime(environment({ EMBEDDED_PG_PORT: String(await freePort()) }), asWorker);
    await expect(attempt).rejects.toThrow(/No embedded PostgreSQL runs on port \d+: start the API first/);
  });

  it('refuses to join a server on the port that keeps another data folder', async () => {
    const port = new URL(process.env[SERVER_URL_VARIABLE]!).port || '5432';
    const attempt = resolveRuntime(environment({ EMBEDDED_PG_PORT: port }), asApi);
    await expect(attempt).rejects.toThrow(InvalidEnvironmentError);
    await expect(attempt).rejects.toThrow(/serves the embedded PostgreSQL of .+: set EMBEDDED_PG_PORT to a free port/);
  });
});
