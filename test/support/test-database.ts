import { assertTestDatabase, buildDataSourceOptions, withDatabaseName } from '@app/database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SERVER_URL_VARIABLE, TEMPLATE_DATABASE, withAdminClient } from './test-server';

/** A database of its own for one test file, cloned from the migrated template. */
export class TestDatabase {
  private constructor(
    readonly url: string,
    private readonly serverUrl: string,
    private readonly name: string,
  ) {}

  static async create(): Promise<TestDatabase> {
    const serverUrl = process.env[SERVER_URL_VARIABLE];
    if (!serverUrl) throw new Error(`${SERVER_URL_VARIABLE} is not set: run the tests through jest's global setup`);
    const name = `acd_${randomBytes(6).toString('hex')}_test`;
    const url = withDatabaseName(serverUrl, name);
    assertTestDatabase(url);
    await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
    return new TestDatabase(url, serverUrl, name);
  }

  /** A raw client, for fixtures and for reading rows as they are stored. */
  async client(): Promise<Client> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    return client;
  }

  /** One statement on a connection of its own: rows as they are stored, or a fixture's change. */
  async query<T extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values: unknown[] = [],
  ): Promise<T[]> {
    const client = await this.client();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  async dataSource(): Promise<DataSource> {
    return new DataSource(buildDataSourceOptions({ url: this.url, poolSize: 4 })).initialize();
  }

  async drop(): Promise<void> {
    await withAdminClient(this.serverUrl, async (admin) => {
      await untilConnectionsClose(admin, this.name);
      await admin.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
    });
  }
}

const CONNECTIONS_CLOSE_TIMEOUT_MS = 2000;
const CONNECTIONS_POLL_MS = 10;

// A pg pool's end() resolves once it has asked its connections to close, not once they have. Dropping WITH (FORCE)
// in between terminates connections that are already leaving, and their pool reports that as an error. FORCE stays
// for what a test really left open.
async function untilConnectionsClose(admin: Client, database: string): Promise<void> {
  const deadline = Date.now() + CONNECTIONS_CLOSE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ open: number }>(
      `SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1`,
      [database],
    );
    if (rows[0].open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, CONNECTIONS_POLL_MS));
  }
}
