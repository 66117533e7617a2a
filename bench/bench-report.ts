import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { LoadFigures as DatasetLoad } from './load-figures';
import { LoadFigures } from './load-generator';
import { QueryKind } from './query-mix';

export interface KindFigures {
  kind: QueryKind;
  databaseP50: number;
  byTarget: Record<'REST' | 'GraphQL' | 'web search page' | 'raw SQL', LoadFigures>;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  listings: number;
  quick: boolean;
  deepPageDepth: number;
  load: DatasetLoad;
  kinds: KindFigures[];
  emptyNestRoute: LoadFigures;
  memory: {
    earlySeconds: number;
    lateSeconds: number;
    windowSeconds: number;
    early: MemoryCheckpoint;
    late: MemoryCheckpoint;
  };
}

/** The medians of the samples in the window before a checkpoint, and one reading right after a full collection. */
export interface MemoryCheckpoint {
  sampled: MemoryFigures;
  afterFullCollection: MemoryFigures;
}

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  /** Memory outside the JavaScript heap that the heap's objects hold (buffers). */
  external: number;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const ms = (value: number) => value.toFixed(1);
const rps = (value: number) => Math.round(value).toString();
const x = (value: number) => `${value.toFixed(2)}×`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The bound for the site's search page: its p50 at most this many times REST's, for the same searches. */
const WEB_PAGE_MAX_REST_RATIO = 1.3;

/** The one table the issue asks for, plus the web page's bound, load rate and memory. */
export function formatReport(report: BenchReport): string {
  const header = [
    'kind',
    'DB p50',
    'REST p50/p99/rps',
    'GraphQL p50/p99/rps',
    'web page p50/p99/rps',
    'raw SQL p50/p99/rps',
    'REST÷SQL p50 p99 rps',
    'GQL÷SQL p50 p99 rps',
    'GQL÷REST rps',
    'web÷REST p50',
    `web ≤ ${x(WEB_PAGE_MAX_REST_RATIO)}`,
  ];
  const rows = report.kinds.map(({ kind, databaseP50, byTarget }) => {
    const { REST: rest, GraphQL: gql, 'web search page': web, 'raw SQL': sql } = byTarget;
    return [
      kind,
      ms(databaseP50),
      triple(rest),
      triple(gql),
      triple(web),
      triple(sql),
      `${x(ratio(rest.p50, sql.p50))} ${x(ratio(rest.p99, sql.p99))} ${x(ratio(rest.throughput, sql.throughput))}`,
      `${x(ratio(gql.p50, sql.p50))} ${x(ratio(gql.p99, sql.p99))} ${x(ratio(gql.throughput, sql.throughput))}`,
      x(ratio(gql.throughput, rest.throughput)),
      x(webToRest(byTarget)),
      meetsWebBound(byTarget) ? 'yes' : 'NO',
    ];
  });
  const deep = report.kinds.find((k) => k.kind === 'deep page (cursor)')!;
  const first = report.kinds.find((k) => k.kind === 'deep page, first page')!;
  const { load, memory } = report;
  const failures = report.kinds.flatMap(({ kind, byTarget }) =>
    Object.entries(byTarget)
      .filter(([, figures]) => figures.failed > 0)
      .map(([target, figures]) => `${kind} via ${target}: ${figures.failed} of ${figures.requests} responses failed`),
  );
  return [
    `Benchmark ${report.date}: ${report.listings.toLocaleString('en-US')} listings${report.quick ? ' (--quick)' : ''}, ` +
      `${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}. Latencies in ms, throughput in requests/s.`,
    table([header, ...rows]),
    webPageLine(report.kinds),
    ...(failures.length
      ? ['Failed responses (counted in the latencies; usually the statement timeout):', ...failures]
      : []),
    `Empty NestJS route (framework floor): p50 ${ms(report.emptyNestRoute.p50)} ms, p99 ${ms(report.emptyNestRoute.p99)} ms, ${rps(report.emptyNestRoute.throughput)} req/s.`,
    `Deep page (${report.deepPageDepth.toLocaleString('en-US')} results deep) ÷ first page: DB p50 ${x(ratio(deep.databaseP50, first.databaseP50))}, ` +
      `REST p50 ${x(ratio(deep.byTarget.REST.p50, first.byTarget.REST.p50))}.`,
    `Load: ${load.rows.toLocaleString('en-US')} rows (${load.published.toLocaleString('en-US')} listings published): loader ` +
      `${load.loadRowsPerSecond.toLocaleString('en-US')} rows/s (${load.loadSeconds.toFixed(0)} s, COPY into indexed tables + read model) vs plain COPY ` +
      `${load.plainCopyRowsPerSecond.toLocaleString('en-US')} rows/s (${load.plainCopySeconds.toFixed(0)} s, no indexes or constraints).`,
    memoryLine(memory),
  ].join('\n');
}

function webToRest({ REST: rest, 'web search page': web }: KindFigures['byTarget']): number {
  return ratio(web.p50, rest.p50);
}

// A NaN ratio (no successful response to time) fails the bound rather than passing unseen.
function meetsWebBound(byTarget: KindFigures['byTarget']): boolean {
  return webToRest(byTarget) <= WEB_PAGE_MAX_REST_RATIO;
}

function webPageLine(kinds: KindFigures[]): string {
  const over = kinds.filter(({ byTarget }) => !meetsWebBound(byTarget));
  const bound = `GET /search p50 ≤ ${x(WEB_PAGE_MAX_REST_RATIO)} REST's for the same search`;
  if (!over.length) return `Web search page (${bound}): met for all ${kinds.length} kinds.`;
  const listed = over.map(({ kind, byTarget }) => `${kind} ${x(webToRest(byTarget))}`).join(', ');
  return `Web search page (${bound}): met for ${kinds.length - over.length} of ${kinds.length} kinds; over: ${listed}.`;
}

// RSS moves with when V8 collects and when it hands pages back to the system: right after a full collection the
// process still has the pages it freed. What a leak grows is what stays held after a full collection.
function memoryLine({ earlySeconds, lateSeconds, windowSeconds, early, late }: BenchReport['memory']): string {
  const held = ({ afterFullCollection: { heapUsed, external } }: MemoryCheckpoint) => heapUsed + external;
  const at = (seconds: number, checkpoint: MemoryCheckpoint) =>
    `after ${seconds} s rss ${mib(checkpoint.sampled.rss)} heap ${mib(checkpoint.sampled.heapUsed)}, ` +
    `held after a full collection ${mib(held(checkpoint))}`;
  return (
    `API memory under steady load (rss and heap: median of the ${windowSeconds} s before each point; held: heap + ` +
    `external right after a full collection): ${at(earlySeconds, early)}; ${at(lateSeconds, late)}. ` +
    `Growth: held ${x(ratio(held(late), held(early)))}, rss ${x(ratio(late.sampled.rss, early.sampled.rss))}.`
  );
}

/** Writes the figures as JSON under bench/results/ (git-ignored) and returns the file's path. */
export function saveReport(report: BenchReport, resultsDir: string): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(
    resultsDir,
    `${report.date.replace(/[:.]/g, '-')}-${report.listings}${report.quick ? '-quick' : ''}.json`,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

export function machine(): BenchReport['machine'] {
  return { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.versions.node };
}

function triple(figures: LoadFigures): string {
  return `${ms(figures.p50)} / ${ms(figures.p99)} / ${rps(figures.throughput)}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
