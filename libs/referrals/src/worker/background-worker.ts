import { AccountDataPruned, AccountDataRetention } from '@app/auth';
import { AppConfig } from '@app/config';
import { OutboxDispatcher } from '@app/notifications';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ReferralExpiryService } from '../expiry/referral-expiry.service';

export interface WorkerPass {
  expired: number;
  delivered: number;
  failed: number;
  /** Account rows deleted past their retention, when this pass was the hour's first. */
  pruned: AccountDataPruned | null;
}

// Retention is counted in days: once an hour is often enough, and spares the tables a scan every few seconds.
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * The background loop: expire overdue referrals, then deliver due notifications, every WORKER_POLL_MS; once an hour,
 * delete account data past its retention. Runs in `npm run worker`, and inside the API when WORKER_IN_API is on; any
 * number may run at once.
 */
@Injectable()
export class BackgroundWorker implements OnApplicationShutdown {
  private readonly logger = new Logger(BackgroundWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> = Promise.resolve();
  private running = false;
  private lastPrunedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly expiry: ReferralExpiryService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly retention: AccountDataRetention,
    private readonly config: AppConfig,
  ) {}

  async runOnce(): Promise<WorkerPass> {
    const expired = await this.expiry.expireDue();
    const { delivered, failed } = await this.dispatcher.deliverDue();
    return { expired, delivered, failed, pruned: await this.pruneWhenDue() };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.logger.log(`Background worker started (every ${this.config.worker.pollMs} ms)`);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.pass;
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.pass = this.tick().finally(() => {
        if (this.running) this.schedule(this.config.worker.pollMs);
      });
    }, delayMs);
  }

  private async pruneWhenDue(): Promise<AccountDataPruned | null> {
    if (Date.now() - this.lastPrunedAt < PRUNE_EVERY_MS) return null;
    const pruned = await this.retention.prune();
    this.lastPrunedAt = Date.now();
    return pruned;
  }

  private async tick(): Promise<void> {
    try {
      const pass = await this.runOnce();
      if (didWork(pass)) this.logger.log(pass, 'Background worker pass');
    } catch (error) {
      // The next pass retries; the queries carry ids only, so the error holds no client details.
      this.logger.error({ err: error }, 'Background worker pass failed');
    }
  }
}

function didWork({ expired, delivered, failed, pruned }: WorkerPass): boolean {
  const deleted = pruned ? pruned.sessions + pruned.links + pruned.loginThrottles : 0;
  return expired + delivered + failed + deleted > 0;
}
