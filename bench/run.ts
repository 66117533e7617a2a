import { join } from 'node:path';
import { ApiProcess } from './api-process';
import { ensureDataset } from './bench-dataset';
import { parseBenchOptions } from './bench-options';
import { formatReport, machine, saveReport } from './bench-report';
import { startBenchPostgres } from './bench-postgres';
import { withDeepCursors } from './deep-cursors';
import { measureEmptyRoute, measureKinds, measureMemory, warmUp } from './measure';
import { formatNppesFigures, measureNppesImport, saveNppesFigures } from './nppes-import';
import { buildQueryMix } from './query-mix';
import { checkWebSearchPage, requireWebBuild } from './web-site-check';

// npm runs scripts from the package root; the compiled runner itself lives in a build cache.
const REPOSITORY_ROOT = process.cwd();
const RESULTS_DIR = join(REPOSITORY_ROOT, 'bench', 'results');

// `npm run bench -- [--quick] [--listings N]`: builds (or reuses) the data set, starts the API in its own process and
// measures the search mix (REST, GraphQL and the site's search page) against the raw-SQL and empty-route floors of the
// same run. `npm run bench -- --nppes` measures the NPPES registry import against a plain COPY instead.
async function main(): Promise<void> {
  const say = (line: string) => console.log(line);
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  if (options.nppes) return benchNppes(options.nppesRows, options.serverUrl, say);
  requireWebBuild(REPOSITORY_ROOT);
  const postgres = await startBenchPostgres(options.serverUrl);
  try {
    const dataset = await ensureDataset(postgres.serverUrl, options.listings, say);
    const api = await ApiProcess.start(dataset.url, REPOSITORY_ROOT);
    try {
      const { kinds, deepPageDepth } = buildQueryMix(options.listings);
      say(`Walking ${deepPageDepth.toLocaleString('en-US')} results deep for the deep-page cursors…`);
      kinds.set('deep page (cursor)', await withDeepCursors(api.port, kinds.get('deep page (cursor)')!, deepPageDepth));
      await api.ask({ type: 'prepare', searches: [...kinds.values()].flat() }, 'prepared');
      say('Checking that the web search page answers every search with a page…');
      await checkWebSearchPage(api.port, kinds);
      say('Warming up…');
      await warmUp(api, kinds, options);
      say(
        `Measuring (${options.rounds} × ${options.secondsPerRun} s per kind and target, ${options.connections} connections)…`,
      );
      const measured = await measureKinds(api, kinds, options, say);
      const emptyNestRoute = await measureEmptyRoute(api, options);
      say(`Steady load for ${options.memoryCheckpoints.late} s (memory)…`);
      const memory = await measureMemory(api, kinds, options);
      const report = {
        date: new Date().toISOString(),
        machine: machine(),
        listings: options.listings,
        quick: options.quick,
        deepPageDepth,
        load: dataset.load,
        kinds: measured,
        emptyNestRoute,
        memory,
      };
      say(`\n${formatReport(report)}\n`);
      say(`JSON: ${saveReport(report, RESULTS_DIR)}`);
    } finally {
      await api.stop();
    }
  } finally {
    await postgres.stop();
  }
}

async function benchNppes(rows: number, serverUrl: string | undefined, say: (line: string) => void): Promise<void> {
  const postgres = await startBenchPostgres(serverUrl);
  try {
    const figures = await measureNppesImport(postgres.serverUrl, rows, say);
    say(`\n${formatNppesFigures(figures)}\n`);
    say(`JSON: ${saveNppesFigures(figures, RESULTS_DIR)}`);
  } finally {
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
