import { OutboxDispatcher } from '@app/notifications';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ReceivedMail {
  to: string;
  subject: string;
  /** Headers and body, quoted-printable decoded. */
  text: string;
}

/** Sends every due notification now, as the worker would, into the app's mail folder. */
export async function deliverMail(app: NestFastifyApplication): Promise<void> {
  const dispatcher = app.get(OutboxDispatcher);
  while ((await dispatcher.deliverDue()).delivered > 0);
}

/** The mails written to DATA_DIR/mail for this address, oldest first. */
export function mailsTo(dataDir: string, address: string): ReceivedMail[] {
  const folder = join(dataDir, 'mail');
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(folder, entry.name))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  return files
    .map((file) => parseMail(readFileSync(file, 'utf8')))
    .filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
}

/** The token of the newest link to `path` (e.g. `/confirm-email`) mailed to this address. */
export function linkTokenFor(dataDir: string, address: string, path: string): string {
  const pattern = new RegExp(`${path}\\?token=([A-Za-z0-9%._-]+)`);
  const tokens = mailsTo(dataDir, address).flatMap((mail) => pattern.exec(mail.text)?.[1] ?? []);
  if (!tokens.length) throw new Error(`no ${path} link was mailed to ${address}`);
  return decodeURIComponent(tokens[tokens.length - 1]);
}

export function parseMail(raw: string): ReceivedMail {
  const text = decodeQuotedPrintable(raw);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1].trim() ?? '';
  return { to: header('To'), subject: header('Subject'), text };
}

// Mail bodies are quoted-printable: soft line breaks could otherwise split a secret and hide it from a search.
export function decodeQuotedPrintable(mail: string): string {
  return mail
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
