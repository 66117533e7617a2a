import { validateEnvironment } from '@app/config';
import { runMigrations, withDatabaseName } from '@app/database';
import { RegistryImport, RegistryImportSummary } from '@app/directory';
import { REGISTRY_COLUMNS, SyntheticNppesMix, writeSyntheticNppesFile } from '@app/directory/testing';
import { NestFactory } from '@nestjs/core';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { CliModule } from '../apps/cli/src/cli.module';
import { withClient } from './bench-dataset';

export interface NppesFigures {
  date: string;
  rows: number;
  fileBytes: number;
  mix: SyntheticNppesMix;
  import: { seconds: number; rowsKept: number; rowsRead: number; keptPerSecond: number; readPerSecond: number };
  plainCopy: { seconds: number; rows: number; rowsPerSecond: number };
  /** The import's kept rows per second over the plain COPY's rows per second. */
  ratio: number;
}

// The generated file is kept between runs (generating 1.2 GB takes a minute); its mix is written beside it last, so a
// file without one is an interrupted generation and is written again.
const FILE_DIR = join(tmpdir(), 'acd-bench-nppes');
const SEED = 20261128;
const BENCH_SECRET = 'benchmark-secret-that-is-long-enough-for-the-check';

/**
 * `npm run bench -- --nppes`: the registry import of a generated full file in the real 330-column layout, against a
 * plain COPY of exactly the rows it kept into the same table of a fresh database on the same server.
 */
export async function measureNppesImport(
  serverUrl: string,
  rows: number,
  say: (line: string) => void,
): Promise<NppesFigures> {
  const importUrl = await freshDatabase(serverUrl, 'acd_bench_nppes');
  const codes = await withClient(importUrl, async (client) => {
    const result = await client.query<{ code: string }>(
      'SELECT code FROM specialties WHERE category IS NOT NULL ORDER BY code',
    );
    return result.rows.map((row) => row.code);
  });
  const { path, mix } = await ensureFile(rows, codes, say);
  say(`Importing ${path} (${(mix.bytes / 1e9).toFixed(2)} GB) with the CLI's importer…`);
  const summary = await importWithCli(importUrl, path);
  say(
    `  ${summary.rowsRead.toLocaleString('en-US')} rows read, ${summary.rowsKept.toLocaleString('en-US')} kept in ${summary.seconds.toFixed(1)} s`,
  );

  const keptRows = join(FILE_DIR, 'kept-rows.copy');
  const columns = REGISTRY_COLUMNS.join(', ');
  await withClient(importUrl, async (client) => {
    const copy = client.query(copyTo(`COPY registry_practitioners (${columns}) TO STDOUT`));
    await pipeline(copy, createWriteStream(keptRows));
  });
  const copyUrl = await freshDatabase(serverUrl, 'acd_bench_nppes_copy');
  say('Timing a plain COPY of the same rows into a fresh registry_practitioners…');
  const plain = await withClient(copyUrl, async (client) => {
    const started = process.hrtime.bigint();
    await pipeline(
      createReadStream(keptRows, { highWaterMark: 1 << 20 }),
      client.query(copyFrom(`COPY registry_practitioners (${columns}) FROM STDIN`)),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const count = await client.query<{ rows: number }>('SELECT count(*)::int AS rows FROM registry_practitioners');
    return { seconds, rows: count.rows[0].rows };
  });
  const keptPerSecond = Math.round(summary.rowsKept / summary.seconds);
  const plainPerSecond = Math.round(plain.rows / plain.seconds);
  return {
    date: new Date().toISOString(),
    rows,
    fileBytes: mix.bytes,
    mix,
    import: {
      seconds: summary.seconds,
      rowsKept: summary.rowsKept,
      rowsRead: summary.rowsRead,
      keptPerSecond,
      readPerSecond: Math.round(summary.rowsRead / summary.seconds),
    },
    plainCopy: { seconds: plain.seconds, rows: plain.rows, rowsPerSecond: plainPerSecond },
    ratio: keptPerSecond / plainPerSecond,
  };
}

export function formatNppesFigures(figures: NppesFigures): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const { mix } = figures;
  return [
    `NPPES import, ${n(figures.rows)} rows (${(figures.fileBytes / 1e9).toFixed(2)} GB, 330 columns):`,
    `  mix: ${n(mix.inScopeIndividuals)} individuals in scope (kept; ${n(mix.primaryNotInSlot1)} with the primary in slot 2–4, ${n(mix.noPrimary)} with none, ${n(mix.deactivatedInScope)} deactivated of which ${n(mix.reactivatedInScope)} reactivated), ${n(mix.outOfScopeIndividuals)} individuals out of scope, ${n(mix.organizations)} organizations, ${n(mix.bareDeactivations)} bare deactivations; ZIPs ${n(mix.zipPlus4)} ZIP+4, ${n(mix.oddZips)} odd`,
    `  import:    ${n(figures.import.rowsKept)} rows kept of ${n(figures.import.rowsRead)} in ${figures.import.seconds.toFixed(1)} s = ${n(figures.import.keptPerSecond)} kept rows/s (${n(figures.import.readPerSecond)} rows read/s)`,
    `  plain COPY: ${n(figures.plainCopy.rows)} rows in ${figures.plainCopy.seconds.toFixed(1)} s = ${n(figures.plainCopy.rowsPerSecond)} rows/s`,
    `  import ÷ plain COPY: ${(figures.ratio * 100).toFixed(0)}% (target: at least 50%)`,
  ].join('\n');
}

export function saveNppesFigures(figures: NppesFigures, resultsDir: string): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${figures.date.replace(/[:.]/g, '-')}-nppes-${figures.rows}.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  await withClient(withDatabaseName(serverUrl, 'postgres'), async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  });
  const url = withDatabaseName(serverUrl, name);
  await runMigrations(url);
  return url;
}

async function ensureFile(
  rows: number,
  inScopeCodes: string[],
  say: (line: string) => void,
): Promise<{ path: string; mix: SyntheticNppesMix }> {
  mkdirSync(FILE_DIR, { recursive: true });
  const path = join(FILE_DIR, `npidata_pfile_20050523-20261128-${rows}.csv`);
  const mixPath = `${path}.mix.json`;
  if (existsSync(mixPath) && existsSync(path)) {
    const recorded = JSON.parse(readFileSync(mixPath, 'utf8')) as { codes: string[]; mix: SyntheticNppesMix };
    if (recorded.codes.join() === inScopeCodes.join() && statSync(path).size === recorded.mix.bytes) {
      say(`Reusing ${path}.`);
      return { path, mix: recorded.mix };
    }
  }
  say(`Generating ${rows.toLocaleString('en-US')} NPPES rows into ${path}…`);
  const mix = await writeSyntheticNppesFile(path, { rows, seed: SEED, inScopeCodes });
  writeFileSync(mixPath, JSON.stringify({ codes: inScopeCodes, mix }));
  return { path, mix };
}

// Exactly what `npm run cli -- import-nppes` runs: the CLI's module and the importer's service.
async function importWithCli(databaseUrl: string, path: string): Promise<RegistryImportSummary> {
  const environment = validateEnvironment({ NODE_ENV: 'production', LOG_LEVEL: 'silent', APP_SECRET: BENCH_SECRET });
  const app = await NestFactory.createApplicationContext(
    CliModule.forRoot({ environment, databaseUrl, appSecret: BENCH_SECRET, embeddedDatabase: false }),
    { logger: false },
  );
  try {
    return await app.get(RegistryImport).importFile(path);
  } finally {
    await app.close();
  }
}
