import { AccountContacts, Role } from '@app/auth';
import { AppConfig } from '@app/config';
import { Mailer, MAX_SEND_MS } from './mailer';
import { LEASE_SECONDS, OutboxDispatcher } from './outbox-dispatcher';
import { ClaimedNotification, OutboxRepository } from './outbox.repository';

const notification = (id: string): ClaimedNotification =>
  ({ id, kind: 'REFERRAL_RECEIVED', referralId: 'r1', attempts: 1, recipientAccountId: 'a1' }) as never;
const accounts = {
  byIds: () => Promise.resolve(new Map([['a1', { email: 'p@example.test', displayName: 'P', role: Role.PROVIDER }]])),
} as unknown as AccountContacts;

describe('OutboxDispatcher', () => {
  it('leases one notification at a time, just before sending it', async () => {
    const due = [notification('n1'), notification('n2'), notification('n3')];
    const claims: Array<{ limit: number; sentBefore: number }> = [];
    const sent: string[] = [];
    const outbox = {
      claimDue: (limit: number) => {
        claims.push({ limit, sentBefore: sent.length });
        return Promise.resolve(due.splice(0, limit));
      },
      markDelivered: () => Promise.resolve(),
      markFailed: () => Promise.resolve(),
    } as unknown as OutboxRepository;
    const mailer = { send: (mail: { to: string }) => Promise.resolve(void sent.push(mail.to)) } as unknown as Mailer;
    const config = { mail: { publicUrl: 'http://localhost' }, worker: { maxAttempts: 3 } } as AppConfig;

    const report = await new OutboxDispatcher(outbox, accounts, mailer, config).deliverDue();

    expect(report).toEqual({ delivered: 3, failed: 0 });
    expect(claims).toEqual([
      { limit: 1, sentBefore: 0 },
      { limit: 1, sentBefore: 1 },
      { limit: 1, sentBefore: 2 },
      { limit: 1, sentBefore: 3 },
    ]);
  });

  it('holds each lease for longer than the slowest possible send', () => {
    expect(LEASE_SECONDS * 1000).toBeGreaterThan(MAX_SEND_MS);
  });
});
