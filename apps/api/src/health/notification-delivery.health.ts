import { DeliveryStallCheck } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

/**
 * Degraded, never down, when no worker delivers notifications: the API still serves every request. Failing readiness
 * for it would take a serving API out of its load balancer, and hold back a worker that waits for the API to be
 * healthy (as docker-compose.yml's does): the very worker that would clear it. Degraded keeps HTTP 200 and says why.
 */
@Injectable()
export class NotificationDeliveryHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly stalls: DeliveryStallCheck,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const stall = await this.stalls.find();
      return stall ? indicator.degraded({ ...stall }) : indicator.up();
    } catch {
      // The outbox is unreadable only when the database is: down, as the database check says too.
      return indicator.down({ message: 'the notification outbox could not be read' });
    }
  }
}
