import type { AccountDataRetention } from '@app/auth';
import type { AppConfig } from '@app/config';
import type { OutboxDispatcher } from '@app/notifications';
import type { ReferralExpiryService } from '../expiry/referral-expiry.service';
import { BackgroundWorker } from './background-worker';

const HOUR_MS = 60 * 60 * 1000;

describe('BackgroundWorker pass', () => {
  const pruned = { sessions: 1, links: 2, loginThrottles: 3 };
  const prune = jest.fn(() => Promise.resolve(pruned));
  const worker = new BackgroundWorker(
    { expireDue: () => Promise.resolve(4) } as unknown as ReferralExpiryService,
    { deliverDue: () => Promise.resolve({ delivered: 5, failed: 6 }) } as unknown as OutboxDispatcher,
    { prune } as unknown as AccountDataRetention,
    { worker: { pollMs: 2000 } } as AppConfig,
  );

  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('expires, delivers, and prunes account data on its first pass, then once an hour', async () => {
    expect(await worker.runOnce()).toEqual({ expired: 4, delivered: 5, failed: 6, pruned });
    jest.advanceTimersByTime(HOUR_MS - 1);
    expect((await worker.runOnce()).pruned).toBeNull();
    jest.advanceTimersByTime(1);
    expect((await worker.runOnce()).pruned).toEqual(pruned);
    expect(prune).toHaveBeenCalledTimes(2);
  });
});
