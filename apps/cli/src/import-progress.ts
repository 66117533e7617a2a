import type { ImportProgress } from '@app/directory';
import { SingleBar } from 'cli-progress';

export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 10_000;
const count = (value: number) => value.toLocaleString('en-US');

/** The time left at the pace so far, from the bytes read against the file's size. */
function eta(progress: ImportProgress, elapsedMs: number): string {
  if (progress.bytesRead >= progress.totalBytes) return '0s';
  if (progress.bytesRead === 0) return 'unknown';
  const seconds = Math.ceil(((progress.totalBytes - progress.bytesRead) * elapsedMs) / progress.bytesRead / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/**
 * A progress bar on a terminal: rows read, kept, rows/s, and the ETA from bytes read against the file's size. Elsewhere
 * (a log, a pipe) a plain line every ten seconds, which a log keeps readable.
 */
export function progressDisplay(
  say: (line: string) => void,
  terminal: Pick<NodeJS.WriteStream, 'isTTY'> = process.stdout,
  now: () => number = Date.now,
): ProgressDisplay {
  const started = now();
  const rate = (progress: ImportProgress) => Math.round(progress.rowsRead / Math.max((now() - started) / 1000, 0.001));
  if (terminal.isTTY) {
    const bar = new SingleBar({
      format: '{bar} {percentage}% | {rows} rows read, {kept} kept | {rate} rows/s | ETA {eta_formatted}',
      hideCursor: true,
    });
    let shown = false;
    return {
      update(progress) {
        const payload = { rows: count(progress.rowsRead), kept: count(progress.rowsKept), rate: count(rate(progress)) };
        if (!shown) bar.start(progress.totalBytes, 0, payload);
        shown = true;
        bar.update(progress.bytesRead, payload);
      },
      stop: () => bar.stop(),
    };
  }
  let lastLine = started;
  return {
    update(progress) {
      if (now() - lastLine < PLAIN_EVERY_MS && progress.bytesRead < progress.totalBytes) return;
      lastLine = now();
      const percent = progress.totalBytes ? Math.floor((100 * progress.bytesRead) / progress.totalBytes) : 100;
      say(
        `${percent}%: ${count(progress.rowsRead)} rows read, ${count(progress.rowsKept)} kept, ${count(rate(progress))} rows/s, ETA ${eta(progress, now() - started)}`,
      );
    },
    stop: () => undefined,
  };
}
