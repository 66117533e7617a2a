import { Role } from '@app/auth';
import { ErrorCategory } from '@app/shared';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { insertOwner } from '@test/factories/listing-rows.factory';
import { aListing, license, locationAt } from '@test/factories/listing.factory';
import { aReferralRequest } from '@test/factories/referral.factory';
import { useTestServices } from '@test/support/use-test-services';
import { ReferralAdminService } from '../admin/referral-admin.service';
import { CreateReferralService } from '../create/create-referral.service';
import { ReferralRequest } from '../create/referral-request';
import { ReferralExpiryService } from '../expiry/referral-expiry.service';
import { ReferralQueriesService } from '../referral-queries.service';
import { CancelReason, DeclineReason, ReferralStatus } from '../referral.vocabulary';
import { ReferralsModule } from '../referrals.module';
import { ReferralLifecycleService } from './referral-lifecycle.service';

describe('A referral’s life: the status machine, expiry and the loop back into the directory, on real rows', () => {
  const plain = aListing();
  const telehealth = aListing({ offersTelehealth: true, locations: [locationAt('66044')], licenses: [license('KS')] });
  const { get, database } = useTestServices([ReferralsModule], {
    listings: [plain, telehealth],
    environment: { REFERRAL_SIGNAL_THRESHOLD: '2' },
  });
  let therapist: AccountRow;
  let provider: AccountRow;

  beforeAll(async () => {
    therapist = await insertAccount(database(), Role.THERAPIST);
    provider = await insertOwner(database(), plain.id);
  });

  const lifecycle = () => get(ReferralLifecycleService);
  const send = (providerId = plain.id, overrides: Record<string, unknown> = {}) =>
    get(CreateReferralService).create(therapist, aReferralRequest(providerId, overrides) as unknown as ReferralRequest);
  const events = async (id: string) =>
    (await get(ReferralQueriesService).open(therapist, id)).events.map((e) => e.toStatus);
  const statusConflict = (status: ReferralStatus) => ({
    category: ErrorCategory.CONFLICT,
    code: 'REFERRALS.INVALID_TRANSITION',
    details: [{ field: 'status', reason: status }],
  });

  describe('the status machine', () => {
    it.each([
      ['complete', (id: string) => lifecycle().complete(provider, id)],
      ['schedule', (id: string) => lifecycle().schedule(provider, id, null)],
      ['mark as no-show', (id: string) => lifecycle().markNoShow(provider, id)],
      ['mark as could-not-contact', (id: string) => lifecycle().markCouldNotContact(provider, id)],
    ])('refuses to %s a new referral, naming its status', async (_, step) => {
      const referral = await send();
      await expect(step(referral.id)).rejects.toMatchObject(statusConflict(ReferralStatus.SENT));
    });

    it('refuses to change a declined referral and to cancel a completed one', async () => {
      const declined = await send();
      await lifecycle().decline(provider, declined.id, DeclineReason.NO_CAPACITY);
      await expect(lifecycle().accept(provider, declined.id)).rejects.toMatchObject(
        statusConflict(ReferralStatus.DECLINED),
      );

      const done = await send();
      await lifecycle().accept(provider, done.id);
      await lifecycle().schedule(provider, done.id, null);
      await lifecycle().complete(provider, done.id);
      await expect(lifecycle().cancel(therapist, done.id, CancelReason.NO_LONGER_NEEDED)).rejects.toMatchObject(
        statusConflict(ReferralStatus.COMPLETED),
      );
    });

    it('lets one of two concurrent answers win; the other is a CONFLICT naming the winner’s status', async () => {
      const referral = await send();
      await get(ReferralQueriesService).open(provider, referral.id);
      const answers = await Promise.allSettled([
        lifecycle().accept(provider, referral.id),
        lifecycle().decline(provider, referral.id, DeclineReason.NO_CAPACITY),
      ]);
      const winners = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
      const losers = answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as unknown] : []));
      expect(winners).toHaveLength(1);
      expect(losers).toEqual([expect.objectContaining(statusConflict(winners[0].status))]);
      expect(await events(referral.id)).toEqual(['SENT', 'VIEWED', winners[0].status]);
    });

    it('lets the therapist cancel with a reason, and the provider answer without opening first', async () => {
      const cancelled = await send();
      expect(await lifecycle().cancel(therapist, cancelled.id, CancelReason.SENT_IN_ERROR)).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'SENT_IN_ERROR',
      });

      const answered = await send();
      expect((await lifecycle().accept(provider, answered.id)).status).toBe('ACCEPTED');
      expect(await events(answered.id)).toEqual(['SENT', 'VIEWED', 'ACCEPTED']);
    });
  });

  it('expires unanswered referrals past their deadline and tells the therapist', async () => {
    const overdue = await send();
    const answered = await send();
    await lifecycle().accept(provider, answered.id);
    const due = await send();
    await database().query(
      `UPDATE referrals SET expires_at = now() - interval '1 minute' WHERE id = ANY ($1::uuid[])`,
      [[overdue.id, answered.id]],
    );

    expect(await get(ReferralExpiryService).expireDue()).toBe(1);
    const statuses = await database().query('SELECT id, status FROM referrals WHERE id = ANY ($1::uuid[])', [
      [overdue.id, answered.id, due.id],
    ]);
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [overdue.id]: 'EXPIRED',
      [answered.id]: 'ACCEPTED',
      [due.id]: 'SENT',
    });
    const expiry = await database().query(
      `SELECT actor_account_id, from_status FROM referral_events WHERE referral_id = $1 AND to_status = 'EXPIRED'`,
      [overdue.id],
    );
    expect(expiry).toEqual([{ actor_account_id: null, from_status: 'SENT' }]);
    const mails = await database().query(
      'SELECT recipient_account_id, kind FROM notification_outbox WHERE subject_id = $1 ORDER BY id',
      [overdue.id],
    );
    expect(mails.at(-1)).toEqual({ recipient_account_id: therapist.id, kind: 'REFERRAL_UPDATED' });
    await expect(lifecycle().accept(provider, overdue.id)).rejects.toMatchObject(
      statusConflict(ReferralStatus.EXPIRED),
    );
  });

  it('flags a listing for re-verification past the threshold, with counts as evidence and nothing about clients', async () => {
    const owner = await insertOwner(database(), telehealth.id);
    await database().query('UPDATE providers SET reverify_on = current_date + 300 WHERE id = $1', [telehealth.id]);
    const flags = () =>
      database().query('SELECT evidence FROM listing_referral_flags WHERE provider_id = $1', [telehealth.id]);

    await lifecycle().decline(owner, (await send(telehealth.id)).id, DeclineReason.NOT_ACCEPTING_NEW_PATIENTS);
    await lifecycle().decline(owner, (await send(telehealth.id)).id, DeclineReason.NO_CAPACITY);
    expect(await flags()).toEqual([]);

    const unreachable = await send(telehealth.id);
    await lifecycle().accept(owner, unreachable.id);
    await lifecycle().markCouldNotContact(owner, unreachable.id);
    const evidence = {
      signals: { DECLINED_NOT_ACCEPTING_NEW_PATIENTS: 1, COULD_NOT_CONTACT: 1 },
      windowDays: 180,
      threshold: 2,
    };
    expect((await flags()).map((f) => f.evidence)).toEqual([evidence]);
    const [listing] = await database().query('SELECT reverify_on <= current_date AS due FROM providers WHERE id = $1', [
      telehealth.id,
    ]);
    expect(listing.due).toBe(true);
    expect(await get(ReferralAdminService).flags()).toEqual([
      expect.objectContaining({ providerId: telehealth.id, evidence }),
    ]);
    const [signal] = await database().query('SELECT * FROM listing_referral_signals WHERE provider_id = $1', [
      telehealth.id,
    ]);
    expect(Object.keys(signal).sort()).toEqual(['id', 'kind', 'occurred_on', 'provider_id']);

    // Verifying the listing again (as an admin's re-verification does) closes the flag.
    await database().query('UPDATE providers SET last_verified_at = now() WHERE id = $1', [telehealth.id]);
    expect(await get(ReferralAdminService).flags()).toEqual([]);
  });
});
