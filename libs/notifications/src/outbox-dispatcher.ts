import { AppConfig, FieldCipher } from '@app/config';
import { Injectable, Logger } from '@nestjs/common';
import { Mailer, OutgoingMail } from './mailer';
import { NotificationRenderers } from './notification-renderers';
import { secretContext } from './outbox';
import { ClaimedNotification, OutboxRepository } from './outbox.repository';

export interface DeliveryReport {
  delivered: number;
  failed: number;
}

const BATCH_SIZE = 20;
/**
 * Each notification is leased on its own, just before it is sent, for longer than the slowest possible send: a lease
 * on a whole batch could run out while the batch's last mails wait behind a slow server, and another worker would send
 * them again.
 */
export const LEASE_SECONDS = 300;

/** Sends due notifications. Safe to run in several processes at once: each notification is leased to one. */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly renderers: NotificationRenderers,
    private readonly cipher: FieldCipher,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { delivered: 0, failed: 0 };
    const { publicUrl } = this.config.mail;
    for (let sent = 0; sent < BATCH_SIZE; sent += 1) {
      const [notification] = await this.outbox.claimDue(1, LEASE_SECONDS);
      if (!notification) break;
      try {
        await this.mailer.send(await this.mailFor(notification, publicUrl));
        await this.outbox.markDelivered(notification.id);
        report.delivered += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.outbox.markFailed(notification, message, this.config.worker.maxAttempts);
        // Ids and counts only: never an address, a link or anything about a client.
        this.logger.warn(
          { notificationId: notification.id, attempts: notification.attempts },
          'Notification delivery failed',
        );
        report.failed += 1;
      }
    }
    return report;
  }

  private async mailFor(notification: ClaimedNotification, publicUrl: string): Promise<OutgoingMail> {
    const { id, kind, recipientAccountId, subjectId, sealedSecret } = notification;
    const secret = sealedSecret && this.cipher.open(sealedSecret, secretContext(kind, recipientAccountId));
    const content = await this.renderers
      .rendererFor(kind)
      .render({ id, kind, recipientAccountId, subjectId, secret }, publicUrl);
    return { notificationId: id, ...content };
  }
}
