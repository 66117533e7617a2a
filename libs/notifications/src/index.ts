// What other libraries and the apps may use: the outbox to queue mail, the registry their renderers join, delivery
// (for the worker loop) and the check whether anyone delivers (readiness).
export { DeliveryStallCheck, NO_WORKER_AFTER_MINUTES } from './delivery-stall';
export type { DeliveryStall } from './delivery-stall';
export type { MailContent, NewNotification, NotificationRenderer, QueuedNotification } from './notification';
export { NotificationRenderers } from './notification-renderers';
export { NotificationsModule } from './notifications.module';
export { Outbox } from './outbox';
export { OutboxDispatcher } from './outbox-dispatcher';
export type { DeliveryReport } from './outbox-dispatcher';
