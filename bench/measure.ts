import { ApiProcess } from './api-process';
import { BenchOptions } from './bench-options';
import { BenchReport, KindFigures, MemoryCheckpoint, MemoryFigures } from './bench-report';
import { LoadFigures, runLoad, Target } from './load-generator';
import { QueryKind } from './query-mix';
import { MixSearch } from './server/bench-messages';
import { median } from './statistics';

const SEARCH_TARGETS = ['raw SQL', 'REST', 'GraphQL', 'web search page'] as const;
const MEMORY_SAMPLE_MS = 1000;
const MEMORY_LOAD_MARGIN_SECONDS = 5;
const QUIET_AFTER_LOAD_MS = 2000;
type SearchTarget = (typeof SEARCH_TARGETS)[number];

/** Every search once more through each target and the database alone, so caches and JIT are warm for all. */
export async function warmUp(
  api: ApiProcess,
  kinds: Map<QueryKind, MixSearch[]>,
  options: BenchOptions,
): Promise<void> {
  const everything = [...kinds.values()].flat();
  for (const target of SEARCH_TARGETS) {
    await runLoad(api.port, target, everything, { seconds: options.quick ? 2 : 10, connections: options.connections });
  }
}

/**
 * First the database alone for every kind (one search at a time, on a quiet server), then per kind the same searches
 * under load through each target, in rounds where the targets take turns (and change places), so a slow spell of the
 * machine does not land on one target.
 */
export async function measureKinds(
  api: ApiProcess,
  kinds: Map<QueryKind, MixSearch[]>,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<KindFigures[]> {
  const figures: KindFigures[] = [];
  const databaseP50s = await databaseMedians(api, kinds, options);
  for (const [kind, searches] of kinds) {
    const databaseP50 = databaseP50s.get(kind)!;
    const rounds = new Map<SearchTarget, LoadFigures[]>(SEARCH_TARGETS.map((target) => [target, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (const target of rotated(SEARCH_TARGETS, round)) {
        const figures = await runLoad(api.port, target, searches, {
          seconds: options.secondsPerRun,
          connections: options.connections,
        });
        rounds.get(target)!.push(figures);
      }
    }
    const byTarget = Object.fromEntries(
      [...rounds].map(([target, figures]) => [target, combineRounds(figures)]),
    ) as KindFigures['byTarget'];
    const p50 = (target: SearchTarget) => byTarget[target].p50.toFixed(1);
    say(
      `  ${kind}: DB p50 ${databaseP50.toFixed(1)} ms; p50 REST ${p50('REST')} / GraphQL ${p50('GraphQL')} / ` +
        `web page ${p50('web search page')} / SQL ${p50('raw SQL')} ms`,
    );
    figures.push({ kind, databaseP50, byTarget });
  }
  return figures;
}

export async function measureEmptyRoute(api: ApiProcess, options: BenchOptions): Promise<LoadFigures> {
  return runLoad(api.port, 'empty NestJS route', [], {
    seconds: options.secondsPerRun,
    connections: options.connections,
  });
}

/**
 * Steady load (the whole mix, REST and GraphQL alternating) with the API process's memory sampled throughout, to show
 * whether it grows with time. Each checkpoint gives the median of the samples in the window before it, so one garbage
 * collection landing just before (or just after) a reading does not decide the figure, and what the process holds
 * right after a full collection, whatever garbage V8 happened to be carrying at that moment.
 */
export async function measureMemory(
  api: ApiProcess,
  kinds: Map<QueryKind, MixSearch[]>,
  options: BenchOptions,
): Promise<BenchReport['memory']> {
  const { early: earlySeconds, late: lateSeconds, window: windowSeconds } = options.memoryCheckpoints;
  const everything = [...kinds.values()].flat();
  // The load outlasts the last checkpoint, so both readings are taken under load.
  const steady = (target: Target) =>
    runLoad(api.port, target, everything, {
      seconds: lateSeconds + MEMORY_LOAD_MARGIN_SECONDS,
      connections: options.connections / 2,
    });
  const started = Date.now();
  const elapsedSeconds = () => (Date.now() - started) / 1000;
  const load = Promise.all([steady('REST'), steady('GraphQL')]);
  const samples: Array<{ second: number } & MemoryFigures> = [];
  const checkpoint = async (seconds: number): Promise<MemoryCheckpoint> => {
    while (elapsedSeconds() < seconds) {
      await delay(MEMORY_SAMPLE_MS);
      samples.push({ second: elapsedSeconds(), ...(await memoryOf(api, false)) });
    }
    const inWindow = samples.filter((s) => s.second > seconds - windowSeconds);
    const medianOf = (pick: (figures: MemoryFigures) => number) => median(inWindow.map(pick));
    return {
      sampled: {
        rss: medianOf((s) => s.rss),
        heapUsed: medianOf((s) => s.heapUsed),
        external: medianOf((s) => s.external),
      },
      afterFullCollection: await memoryOf(api, true),
    };
  };
  const early = await checkpoint(earlySeconds);
  const late = await checkpoint(lateSeconds);
  await load;
  return { earlySeconds, lateSeconds, windowSeconds, early, late };
}

async function memoryOf(api: ApiProcess, afterFullCollection: boolean): Promise<MemoryFigures> {
  const { rss, heapUsed, external } = await api.ask({ type: 'memory', afterFullCollection }, 'memory');
  return { rss, heapUsed, external };
}

// Load that has just stopped leaves requests in flight for a moment (the slowest take a few hundred milliseconds under
// load); timed among them, the database alone would measure their tail instead.
async function databaseMedians(
  api: ApiProcess,
  kinds: Map<QueryKind, MixSearch[]>,
  options: BenchOptions,
): Promise<Map<QueryKind, number>> {
  await delay(QUIET_AFTER_LOAD_MS);
  const medians = new Map<QueryKind, number>();
  for (const [kind, searches] of kinds) {
    const { millis } = await api.ask(
      { type: 'time-database', ids: searches.map((s) => s.id), rounds: options.quick ? 3 : 5 },
      'database-times',
    );
    medians.set(kind, median(Object.values(millis).flat()));
  }
  return medians;
}

function rotated<T>(items: readonly T[], by: number): T[] {
  const start = by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

/** The median round's latencies, the mean throughput, every request and failure. */
function combineRounds(rounds: LoadFigures[]): LoadFigures {
  const sum = (pick: (figures: LoadFigures) => number) => rounds.reduce((total, figures) => total + pick(figures), 0);
  return {
    p50: median(rounds.map((figures) => figures.p50)),
    p99: median(rounds.map((figures) => figures.p99)),
    throughput: sum((figures) => figures.throughput) / rounds.length,
    requests: sum((figures) => figures.requests),
    failed: sum((figures) => figures.failed),
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
