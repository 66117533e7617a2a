import { LoginThrottleSettings } from '@app/config';

/** The first failures are free (typos happen); each later one waits longer, up to four steps. */
export const FREE_FAILURES = 2;
const MAX_DELAY_STEPS = 4;

/** How long to hold back the answer to a failed log-in, given the account's failures so far (this one included). */
export function failureDelayMs(failures: number, settings: Pick<LoginThrottleSettings, 'failureDelayMs'>): number {
  const steps = Math.min(Math.max(failures - FREE_FAILURES, 0), MAX_DELAY_STEPS);
  return steps * settings.failureDelayMs;
}
