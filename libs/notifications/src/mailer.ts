import { AppConfig } from '@app/config';
import { FactoryProvider } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { MailContent } from './notification';

export interface OutgoingMail extends MailContent {
  /** The outbox row: names the message so a receiver can drop a repeat. */
  notificationId: string;
}

/** Sends one mail or throws; the outbox retries. */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}

const messageId = (mail: OutgoingMail) => `<notification-${mail.notificationId}@affirming-care-directory>`;

const SMTP_TIMEOUT_MS = 30_000;
/** The longest one send may take: connecting, the greeting and the exchange, each up to its timeout. */
export const MAX_SEND_MS = 3 * SMTP_TIMEOUT_MS;

export class SmtpMailer extends Mailer {
  private readonly transport: ReturnType<typeof createSmtpTransport>;

  constructor(url: string, from: string) {
    super();
    this.transport = createSmtpTransport(url, from);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, messageId: messageId(mail) });
  }
}

// Timeouts well inside the outbox lease, so a hung server cannot let another worker send the same mail.
function createSmtpTransport(url: string, from: string) {
  return createTransport(
    { url, connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS },
    { from },
  );
}

/** The default run: each mail becomes `<notification id>-<random>.eml` in a folder, so nothing is lost or sent. */
export class FolderMailer extends Mailer {
  private readonly transport = createTransport({ streamTransport: true, buffer: true });

  constructor(
    private readonly folder: string,
    private readonly from: string,
  ) {
    super();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: messageId(mail),
    });
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, `${mail.notificationId}-${randomUUID()}.eml`), info.message as Buffer);
  }
}

export const MAILER_PROVIDER: FactoryProvider<Mailer> = {
  provide: Mailer,
  inject: [AppConfig],
  useFactory: ({ mail }: AppConfig) =>
    mail.smtpUrl ? new SmtpMailer(mail.smtpUrl, mail.from) : new FolderMailer(mail.folder, mail.from),
};
