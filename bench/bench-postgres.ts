import { startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { tmpdir, totalmem } from 'node:os';
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
  const server = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port: EMBEDDED_PORT,
    settings: serverSizing(),
  });
  return { serverUrl: server.serverUrl, embedded: true, stop: () => server.stop() };
}

// Sized as a database server would be rather than left at the 128 MB default: a quarter of the memory for PostgreSQL's
// own cache, and the planner told the rest is there for the operating system's.
function serverSizing(): Record<string, string> {
  const megabytes = Math.floor(totalmem() / 2 ** 20);
  return {
    shared_buffers: `${Math.floor(megabytes / 4)}MB`,
    effective_cache_size: `${Math.floor((megabytes * 3) / 4)}MB`,
  };
}
