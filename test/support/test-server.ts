import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';
// The global setup runs outside jest's registry and must not load the NestJS (ESM) modules @app/database brings.
import { runMigrations, startEmbeddedPostgres, withDatabaseName } from '@app/database/testing';

/** Name of the migrated database every test file clones. */
export const TEMPLATE_DATABASE = 'acd_template_test';
/** Server URL handed from the global setup to the test workers. */
export const SERVER_URL_VARIABLE = 'ACD_TEST_SERVER_URL';

export interface TestServer {
  serverUrl: string;
  stop(): Promise<void>;
}

/** The server named by DATABASE_URL, or a throw-away embedded one under the OS temp folder. */
export async function startTestServer(databaseUrl: string | undefined): Promise<TestServer> {
  if (databaseUrl) return { serverUrl: withDatabaseName(databaseUrl, ''), stop: () => Promise.resolve() };
  const server = await startEmbeddedPostgres({
    dataDir: join(mkdtempSync(join(tmpdir(), 'acd-test-')), 'pg'),
    port: await freePort(),
    ephemeral: true,
  });
  return { serverUrl: server.serverUrl, stop: () => server.stop() };
}

/** (Re)creates the template database and migrates it: once per test run. */
export async function prepareTemplate(serverUrl: string): Promise<void> {
  await withAdminClient(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await runMigrations(withDatabaseName(serverUrl, TEMPLATE_DATABASE));
}

export async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
