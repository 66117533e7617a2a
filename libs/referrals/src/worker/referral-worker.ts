import { AppConfig } from '@app/config';
import { OutboxDispatcher } from '@app/notifications';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ReferralExpiryService } from '../expiry/referral-expiry.service';

export interface WorkerPass {
  expired: number;
  delivered: number;
  failed: number;
}

/**
 * The background loop: expire overdue referrals, then deliver due notifications, every WORKER_POLL_MS. Runs in
 * `npm run worker`, and inside the API when WORKER_IN_API is on; any number may run at once.
 */
@Injectable()
export class ReferralWorker implements OnApplicationShutdown {
  private readonly logger = new Logger(ReferralWorker.name);
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> = Promise.resolve();
  private running = false;

  constructor(
    private readonly expiry: ReferralExpiryService,
    private readonly dispatcher: OutboxDispatcher,
    private readonly config: AppConfig,
  ) {}

  async runOnce(): Promise<WorkerPass> {
    const expired = await this.expiry.expireDue();
    const { delivered, failed } = await this.dispatcher.deliverDue();
    return { expired, delivered, failed };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.logger.log(`Referral worker started (every ${this.config.worker.pollMs} ms)`);
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

  private async tick(): Promise<void> {
    try {
      const pass = await this.runOnce();
      if (pass.expired || pass.delivered || pass.failed) this.logger.log(pass, 'Referral worker pass');
    } catch (error) {
      // The next pass retries; the queries carry ids only, so the error holds no client details.
      this.logger.error({ err: error }, 'Referral worker pass failed');
    }
  }
}
