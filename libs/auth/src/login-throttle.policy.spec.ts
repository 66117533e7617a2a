import { countChangeAfter, delayMs, FailureCounts, isRefused, LogInOutcome } from './login-throttle.policy';

const counts = (failures: Partial<FailureCounts>): FailureCounts => ({ pair: 0, account: 0, address: 0, ...failures });

describe('isRefused', () => {
  const settings = { maxFailuresPerEmailAndAddress: 5 };

  it('refuses an email from an address once that pair has failed the maximum', () => {
    expect(isRefused(counts({ pair: 4 }), settings)).toBe(false);
    expect(isRefused(counts({ pair: 5 }), settings)).toBe(true);
  });

  it('never refuses on an account’s failures from elsewhere or an address’s for other emails', () => {
    expect(isRefused(counts({ account: 10_000, address: 10_000 }), settings)).toBe(false);
  });
});

describe('delayMs', () => {
  const settings = { failureDelayMs: 100 };

  it('lets an account’s first two failures answer at once', () => {
    expect(delayMs(counts({ account: 2 }), settings)).toBe(0);
  });

  it('slows an account a step more for each later failure, from any address', () => {
    expect(delayMs(counts({ account: 3 }), settings)).toBe(100);
    expect(delayMs(counts({ account: 4 }), settings)).toBe(200);
  });

  it('lets a shared address fail ten times before it slows', () => {
    expect(delayMs(counts({ address: 10 }), settings)).toBe(0);
    expect(delayMs(counts({ address: 12 }), settings)).toBe(200);
  });

  it('waits for the slower of the account and the address, not their sum', () => {
    expect(delayMs(counts({ account: 5, address: 12 }), settings)).toBe(300);
  });

  it('stops growing after eight steps, so a correct password always gets through in the end', () => {
    expect(delayMs(counts({ account: 10 }), settings)).toBe(800);
    expect(delayMs(counts({ account: 10_000, address: 10_000 }), settings)).toBe(800);
  });

  it('does not slow on the pair’s own failures, which refusal handles', () => {
    expect(delayMs(counts({ pair: 4 }), settings)).toBe(0);
  });

  it('can be turned off', () => {
    expect(delayMs(counts({ account: 50, address: 50 }), { failureDelayMs: 0 })).toBe(0);
  });
});

describe('countChangeAfter', () => {
  it('counts a failure against the pair, the account and the address', () => {
    expect(countChangeAfter(LogInOutcome.FAILED)).toEqual({ increment: ['pair', 'account', 'address'], reset: [] });
  });

  it('resets the pair’s count on a success and leaves the account’s and the address’s', () => {
    expect(countChangeAfter(LogInOutcome.SUCCEEDED)).toEqual({ increment: [], reset: ['pair'] });
  });
});
