import { AppConfig, FieldCipher } from '@app/config';
import { Mailer, MAX_SEND_MS, OutgoingMail } from './mailer';
import { QueuedNotification } from './notification';
import { NotificationRenderers } from './notification-renderers';
import { secretContext } from './outbox';
import { LEASE_SECONDS, OutboxDispatcher } from './outbox-dispatcher';
import { ClaimedNotification, OutboxRepository } from './outbox.repository';

const notification = (id: string, sealedSecret: string | null = null): ClaimedNotification => ({
  id,
  kind: 'NEWS',
  subjectId: null,
  recipientAccountId: 'a1',
  sealedSecret,
  attempts: 1,
});
// Seals by wrapping in its context, so a test sees which context a secret was opened with.
const cipher = {
  seal: (secret: string, context: string) => `${context}|${secret}`,
  open: (sealed: string, context: string) => {
    if (!sealed.startsWith(`${context}|`)) throw new Error('sealed for another context');
    return sealed.slice(context.length + 1);
  },
} as unknown as FieldCipher;
const config = { mail: { publicUrl: 'http://localhost' }, worker: { maxAttempts: 3 } } as AppConfig;

function dispatcherFor(due: ClaimedNotification[], sent: OutgoingMail[], claims: number[] = []) {
  const outbox = {
    claimDue: (limit: number) => {
      claims.push(sent.length);
      return Promise.resolve(due.splice(0, limit));
    },
    markDelivered: () => Promise.resolve(),
    markFailed: () => Promise.resolve(),
  } as unknown as OutboxRepository;
  const renderers = new NotificationRenderers();
  renderers.register(['NEWS'], {
    render: ({ secret }: QueuedNotification, publicUrl: string) =>
      Promise.resolve({ to: 'p@example.test', subject: 'News', text: `${publicUrl}/news?token=${secret}` }),
  });
  const mailer = { send: (mail: OutgoingMail) => Promise.resolve(void sent.push(mail)) } as unknown as Mailer;
  return new OutboxDispatcher(outbox, renderers, cipher, mailer, config);
}

describe('OutboxDispatcher', () => {
  it('leases one notification at a time, just before sending it', async () => {
    const sent: OutgoingMail[] = [];
    const claims: number[] = [];
    const report = await dispatcherFor(
      [notification('n1'), notification('n2'), notification('n3')],
      sent,
      claims,
    ).deliverDue();

    expect(report).toEqual({ delivered: 3, failed: 0 });
    expect(claims).toEqual([0, 1, 2, 3]);
    expect(sent.map((mail) => mail.notificationId)).toEqual(['n1', 'n2', 'n3']);
  });

  it('opens a link secret with its notification’s kind and recipient, for the renderer only', async () => {
    const sent: OutgoingMail[] = [];
    const sealed = cipher.seal('s3cret', secretContext('NEWS', 'a1'));
    await dispatcherFor([notification('n1', sealed)], sent).deliverDue();
    expect(sent[0].text).toBe('http://localhost/news?token=s3cret');
  });

  it('counts a kind no library of the process renders as a failed delivery, for a later retry', async () => {
    const sent: OutgoingMail[] = [];
    const unknown = { ...notification('n1'), kind: 'OTHER' };
    expect(await dispatcherFor([unknown], sent).deliverDue()).toEqual({ delivered: 0, failed: 1 });
    expect(sent).toEqual([]);
  });

  it('holds each lease for longer than the slowest possible send', () => {
    expect(LEASE_SECONDS * 1000).toBeGreaterThan(MAX_SEND_MS);
  });
});
