import { FieldCipher } from '@app/config';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewNotification } from './notification';
import { OutboxRepository } from './outbox.repository';

/** Binds a sealed secret to its notification's kind and recipient, so it cannot be moved to another row and open. */
export const secretContext = (kind: string, recipientAccountId: string) =>
  `notification-secret:${kind}:${recipientAccountId}`;

/** How the libraries queue mail. */
@Injectable()
export class Outbox {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly cipher: FieldCipher,
  ) {}

  /** In the caller's transaction, so a notification is sent exactly when the change it announces commits. */
  async enqueue(manager: EntityManager, notification: NewNotification): Promise<void> {
    const { recipientAccountId, kind, subjectId, secret } = notification;
    await this.repository.insert(manager, {
      recipientAccountId,
      kind,
      subjectId: subjectId ?? null,
      sealedSecret: secret === undefined ? null : this.cipher.seal(secret, secretContext(kind, recipientAccountId)),
    });
  }
}
