import { LoginThrottleSettings } from '@app/config';

/**
 * Failed log-ins are counted three ways. Only the email-and-address pair is ever refused: it is the one count that
 * nobody else can raise, so refusing it stops the guesser alone. The account's count (from every address) and the
 * address's count (for every email) only slow: refusing on either would let one attacker lock the owner out from
 * many addresses, or lock out everyone behind a clinic's shared address.
 */
export type ThrottleScope = 'pair' | 'account' | 'address';

export const THROTTLE_SCOPES: readonly ThrottleScope[] = ['pair', 'account', 'address'];

export type FailureCounts = Record<ThrottleScope, number>;

export enum LogInOutcome {
  FAILED = 'FAILED',
  SUCCEEDED = 'SUCCEEDED',
}

export interface CountChange {
  increment: readonly ThrottleScope[];
  reset: readonly ThrottleScope[];
}

/** A few typos of one's own password cost nothing. */
const FREE_ACCOUNT_FAILURES = 2;
/** A shared address (a clinic, a campus) sees many people's typos before anyone is guessing. */
const FREE_ADDRESS_FAILURES = 10;
/** Two seconds with the default step: enough to slow guessing, never so long that it works as a lockout. */
const MAX_DELAY_STEPS = 8;

export function isRefused(
  failures: FailureCounts,
  settings: Pick<LoginThrottleSettings, 'maxFailuresPerEmailAndAddress'>,
): boolean {
  return failures.pair >= settings.maxFailuresPerEmailAndAddress;
}

/**
 * How long to wait before checking a password, given the failures so far. Waiting before the check, right or wrong
 * alike, means a client cannot learn a guess failed by giving up early; the cap bounds what the owner pays.
 */
export function delayMs(failures: FailureCounts, settings: Pick<LoginThrottleSettings, 'failureDelayMs'>): number {
  const steps = Math.max(
    stepsBeyond(failures.account, FREE_ACCOUNT_FAILURES),
    stepsBeyond(failures.address, FREE_ADDRESS_FAILURES),
  );
  return Math.min(steps, MAX_DELAY_STEPS) * settings.failureDelayMs;
}

/**
 * A failure counts everywhere. A success resets its pair only: the account's count may be an attacker's from
 * elsewhere and the address's other people's, so one person getting in says nothing about either.
 */
export function countChangeAfter(outcome: LogInOutcome): CountChange {
  return outcome === LogInOutcome.FAILED
    ? { increment: THROTTLE_SCOPES, reset: [] }
    : { increment: [], reset: ['pair'] };
}

function stepsBeyond(failures: number, free: number): number {
  return Math.max(failures - free, 0);
}
