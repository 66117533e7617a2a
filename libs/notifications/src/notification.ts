/** A notification to put in the outbox. `secret` is a link's token: sealed at rest, erased once the mail is sent. */
export interface NewNotification {
  recipientAccountId: string;
  kind: string;
  /** What it is about, for kinds that are about something (a referral's id). */
  subjectId?: string;
  secret?: string;
}

/** A due notification as its renderer receives it, the secret opened. */
export interface QueuedNotification {
  id: string;
  kind: string;
  recipientAccountId: string;
  subjectId: string | null;
  secret: string | null;
}

/** What a mail says and to whom; the dispatcher names the message after its outbox row. */
export interface MailContent {
  to: string;
  subject: string;
  text: string;
}

/**
 * Turns one kind of notification into a mail. The library that sends a kind renders it, because only it knows the
 * recipient's address and what may be said: the outbox knows neither.
 */
export interface NotificationRenderer {
  render(notification: QueuedNotification, publicUrl: string): Promise<MailContent>;
}
