import { Module } from '@nestjs/common';
import { DeliveryStallCheck } from './delivery-stall';
import { MAILER_PROVIDER } from './mailer';
import { NotificationRenderers } from './notification-renderers';
import { Outbox } from './outbox';
import { OutboxDispatcher } from './outbox-dispatcher';
import { OutboxRepository } from './outbox.repository';

/** The outbox, its delivery and the mailer; libraries queue mail through `Outbox` and render their own kinds. */
@Module({
  providers: [DeliveryStallCheck, MAILER_PROVIDER, NotificationRenderers, Outbox, OutboxDispatcher, OutboxRepository],
  exports: [DeliveryStallCheck, NotificationRenderers, Outbox, OutboxDispatcher],
})
export class NotificationsModule {}
