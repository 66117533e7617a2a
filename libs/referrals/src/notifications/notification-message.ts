import { AccountContacts } from '@app/auth';
import { MailContent, NotificationRenderer, NotificationRenderers, QueuedNotification } from '@app/notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';

/** What a notification says, and nothing more: never the reason, the client or any health information. */
export enum NotificationKind {
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_UPDATED = 'REFERRAL_UPDATED',
}

export interface ReferralNotice {
  kind: NotificationKind;
  referralId: string;
  recipientEmail: string;
  recipientName: string;
}

const SUBJECTS: Record<NotificationKind, string> = {
  [NotificationKind.REFERRAL_RECEIVED]: 'You have a new referral',
  [NotificationKind.REFERRAL_UPDATED]: 'A referral has an update',
};

/**
 * The whole message: that there is news, and a link behind sign-in. Email is not a private channel, so no reason,
 * client, status or other health information ever goes into it.
 */
export function renderReferralNotice(notice: ReferralNotice, publicUrl: string): MailContent {
  const subject = SUBJECTS[notice.kind];
  const text = [
    `Hello ${notice.recipientName},`,
    '',
    `${subject} on Affirming Care Directory.`,
    `Sign in to see it: ${publicUrl}/referrals/${notice.referralId}`,
    '',
    'For privacy, these emails never contain details about a client or their care.',
  ].join('\n');
  return { to: notice.recipientEmail, subject, text };
}

/** Renders the referral kinds for whichever process delivers the outbox. */
@Injectable()
export class ReferralNotificationRenderer implements NotificationRenderer, OnModuleInit {
  constructor(
    private readonly renderers: NotificationRenderers,
    private readonly accounts: AccountContacts,
  ) {}

  onModuleInit(): void {
    this.renderers.register(Object.values(NotificationKind), this);
  }

  async render(notification: QueuedNotification, publicUrl: string): Promise<MailContent> {
    const { recipientAccountId, subjectId } = notification;
    const recipient = (await this.accounts.byIds([recipientAccountId])).get(recipientAccountId);
    // Unreachable while the outbox references accounts, which are never deleted.
    if (!recipient) throw new Error('the recipient account does not exist');
    return renderReferralNotice(
      {
        kind: notification.kind as NotificationKind,
        referralId: subjectId as string,
        recipientEmail: recipient.email,
        recipientName: recipient.displayName,
      },
      publicUrl,
    );
  }
}
