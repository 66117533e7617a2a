import { OutgoingMail } from './mailer';

/** What a notification says, and nothing more: never the reason, the client or any health information. */
export enum NotificationKind {
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_UPDATED = 'REFERRAL_UPDATED',
}

export interface NotificationToRender {
  id: string;
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
export function renderNotification(notification: NotificationToRender, publicUrl: string): OutgoingMail {
  const subject = SUBJECTS[notification.kind];
  const text = [
    `Hello ${notification.recipientName},`,
    '',
    `${subject} on Affirming Care Directory.`,
    `Sign in to see it: ${publicUrl}/referrals/${notification.referralId}`,
    '',
    'For privacy, these emails never contain details about a client or their care.',
  ].join('\n');
  return { notificationId: notification.id, to: notification.recipientEmail, subject, text };
}
