import { Injectable } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';

/**
 * A due notification still unclaimed after this long means no worker is delivering. A running worker claims due
 * notifications every WORKER_POLL_MS (ten minutes at the most its validation allows), and a failed send moves the
 * next attempt later, so neither the slowest allowed poll nor a mail server that refuses mail gets here; a quarter of
 * an hour still tells someone long before a referral's days to answer run out unseen.
 */
export const NO_WORKER_AFTER_MINUTES = 15;

export interface DeliveryStall {
  waitingMinutes: number;
  message: string;
}

/** Whether notifications are being delivered, read from the outbox: workers leave no other trace in the database. */
@Injectable()
export class DeliveryStallCheck {
  constructor(private readonly outbox: OutboxRepository) {}

  /** Undefined while due notifications are claimed in time. */
  async find(): Promise<DeliveryStall | undefined> {
    const waitingMinutes = Math.floor((await this.outbox.longestDueWaitSeconds()) / 60);
    if (waitingMinutes < NO_WORKER_AFTER_MINUTES) return undefined;
    return {
      waitingMinutes,
      message:
        `A notification has waited ${waitingMinutes} minutes to be sent: no worker is delivering mail or expiring ` +
        'referrals. Run `npm run worker` with the same DATABASE_URL and APP_SECRET as the API.',
    };
  }
}
