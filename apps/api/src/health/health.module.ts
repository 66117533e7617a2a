import { NotificationsModule } from '@app/notifications';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { NotificationDeliveryHealthIndicator } from './notification-delivery.health';

@Module({
  imports: [TerminusModule, NotificationsModule],
  controllers: [HealthController],
  providers: [NotificationDeliveryHealthIndicator],
})
export class HealthModule {}
