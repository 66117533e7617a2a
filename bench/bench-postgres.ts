import { startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchPostgres {
  /** Server URL without a database name. */
  serverUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

// Its own cluster and port, kept between runs so a built data set is reused; under the OS temp folder because a
// root run starts PostgreSQL as the `postgres` user, which must reach it.
const EMBEDDED_DATA_DIR = join(tmpdir(), 'acd-bench-pg');
const EMBEDDED_PORT = 54339;

/** The server named by BENCH_DATABASE_URL, or the benchmark's own embedded PostgreSQL. */
export async function startBenchPostgres(serverUrl: string | undefined): Promise<BenchPostgres> {
  if (serverUrl) return { serverUrl: withDatabaseName(serverUrl, ''), embedded: false, stop: () => Promise.resolve() };
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
  return { serverUrl: server.serverUrl, embedded: true, stop: () => server.stop() };
}
