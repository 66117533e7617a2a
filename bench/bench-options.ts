import { parseArgs } from 'node:util';

export interface BenchOptions {
  listings: number;
  quick: boolean;
  /** Measure the NPPES registry import instead of search. */
  nppes: boolean;
  /** Rows of the generated NPPES file. */
  nppesRows: number;
  /** Seconds of load per query kind and target, in each round. */
  secondsPerRun: number;
  /** Rounds per query kind, the targets taking turns: drift on a shared machine then hits them all alike. */
  rounds: number;
  /** Steady-load checkpoints for the memory figure, in seconds from the start of that load, each read as the median
   * of the samples in the window (seconds) before it. */
  memoryCheckpoints: { early: number; late: number; window: number };
  connections: number;
  /** A PostgreSQL server to use instead of the embedded one (its database name is ignored). */
  serverUrl?: string;
}

const FULL_LISTINGS = 1_000_000;
const QUICK_LISTINGS = 100_000;
const NPPES_ROWS = 1_000_000;
const QUICK_NPPES_ROWS = 200_000;

/**
 * `npm run bench -- [--quick] [--listings N]`, or `npm run bench -- --nppes [--quick]` for the registry import;
 * BENCH_DATABASE_URL picks an existing server.
 */
export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      listings: { type: 'string' },
      nppes: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const listings = values.listings === undefined ? (quick ? QUICK_LISTINGS : FULL_LISTINGS) : Number(values.listings);
  if (!Number.isInteger(listings) || listings < 1000) throw new Error('--listings must be an integer of at least 1000');
  return {
    listings,
    quick,
    nppes: values.nppes ?? false,
    nppesRows: quick ? QUICK_NPPES_ROWS : NPPES_ROWS,
    secondsPerRun: quick ? 3 : 5,
    rounds: quick ? 1 : 3,
    memoryCheckpoints: quick ? { early: 10, late: 30, window: 5 } : { early: 60, late: 600, window: 20 },
    connections: 8,
    serverUrl: env.BENCH_DATABASE_URL || undefined,
  };
}
