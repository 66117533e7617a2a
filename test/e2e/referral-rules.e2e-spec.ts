import { Role } from '@app/auth';
import { ReferralWorker } from '@app/referrals';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { aListing, daysFromToday, license, locationAt } from '../factories/listing.factory';
import { aReferralInput } from '../factories/referral.factory';
import { signedInAccount, TestAccount } from '../support/accounts';
import { insertListings } from '../support/fixtures';
import { graphql } from '../support/graphql';
import { act, createReferral, errorOf, listingOwner, openReferral, sql } from '../support/referrals';
import { startTestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

describe('Referral rules: who may be referred where, idempotency, the status machine, expiry and the loop back', () => {
  // In person in KS; telehealth in MO (verified) and IA (unverified); not taking new patients.
  const telehealth = aListing({
    offersTelehealth: true,
    acceptingNewPatients: false,
    locations: [locationAt('66044')],
    licenses: [
      license('KS'),
      license('MO'),
      license('IA', { verification: 'UNVERIFIED', verifiedAt: null, source: null }),
    ],
  });
  const plain = aListing();
  const expiredLicense = aListing({
    offersTelehealth: true,
    licenses: [license('KS'), license('NE', { expiresOn: daysFromToday(-1) })],
  });
  const draft = aListing({ status: 'DRAFT' });
  const unowned = aListing();
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let therapist: TestAccount;
  let provider: TestAccount;
  let telehealthProvider: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    database = await TestDatabase.create();
    await insertListings(database, [telehealth, plain, expiredLicense, draft, unowned]);
    app = await startTestApp(database, { REFERRAL_SIGNAL_THRESHOLD: '2' });
    therapist = await signedInAccount(app, database, Role.THERAPIST);
    provider = await listingOwner(app, database, plain.id);
    telehealthProvider = await listingOwner(app, database, telehealth.id);
    admin = await signedInAccount(app, database, Role.ADMIN);
    await listingOwner(app, database, expiredLicense.id);
    await listingOwner(app, database, draft.id);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const send = async (providerId: string, overrides: Record<string, unknown> = {}) => {
    const response = await createReferral(app, therapist.token, aReferralInput(providerId, overrides));
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createReferral;
  };

  describe('creating', () => {
    it.each([
      ['in person where there is a practice location', 'KS', 'IN_PERSON'],
      ['by telehealth with a verified license there', 'MO', 'TELEHEALTH'],
      ['either way when one of them works', 'MO', 'EITHER'],
    ])(
      'accepts a client %s, warning that the provider is not taking new patients',
      async (_, clientState, modality) => {
        const referral = await send(telehealth.id, { clientState, modality });
        expect(referral).toMatchObject({ status: 'SENT', warnings: ['NOT_ACCEPTING_NEW_PATIENTS'] });
      },
    );

    it('takes the schema default of a field the variables leave out (no accommodations)', async () => {
      const { accommodations: _omitted, ...input } = aReferralInput(plain.id);
      const response = await createReferral(app, therapist.token, input);
      expect(response.errors).toBeUndefined();
      expect(response.data?.createReferral).toMatchObject({ status: 'SENT', accommodations: [] });
    });

    it.each([
      ['in person without a practice location there', telehealth, 'MO', 'IN_PERSON', /no practice location in MO/],
      ['by telehealth with an unverified license', telehealth, 'IA', 'TELEHEALTH', /active verified license in IA/],
      ['by telehealth with an expired license', expiredLicense, 'NE', 'TELEHEALTH', /active verified license in NE/],
      ['by telehealth when the provider offers none', plain, 'KS', 'TELEHEALTH', /active verified license in KS/],
      ['at all in a state not served', plain, 'TX', 'EITHER', /no practice location in TX, and .* TX/],
    ])('refuses a client %s, saying why', async (_, listing, clientState, modality, why) => {
      const response = await createReferral(
        app,
        therapist.token,
        aReferralInput(listing.id, { clientState, modality }),
      );
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REFERRALS.STATE_NOT_SERVED' });
      expect(errorOf(response)?.details?.[0]).toEqual({ field: 'clientState', reason: expect.stringMatching(why) });
    });

    it.each([
      [
        'without the client’s consent',
        { consent: { clientAgreed: false, method: 'VERBAL', givenAt: new Date().toISOString() } },
        'consent.clientAgreed',
      ],
      [
        'with consent dated in the future',
        { consent: { clientAgreed: true, method: 'WRITTEN', givenAt: '2099-01-01T00:00:00Z' } },
        'consent.givenAt',
      ],
      ['with no consent at all', { consent: undefined }, 'consent'],
      [
        'preferring email without an email',
        { client: { name: 'A.B.', phone: '785 555 0100', preferredContact: 'EMAIL' } },
        'client.email',
      ],
      ['with an unknown reason', { reason: 'headache' }, 'reason'],
      ['with an unknown accommodation', { accommodations: ['valet-parking'] }, 'accommodations'],
      ['for an unknown state', { clientState: 'XX' }, 'clientState'],
    ])('refuses a referral %s, naming the field', async (_, overrides, field) => {
      const response = await createReferral(app, therapist.token, aReferralInput(plain.id, overrides));
      expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
      // GraphQL itself refuses a missing required field; everything else is named in details.
      const named = errorOf(response)?.details?.map((d) => d.field) ?? [response.errors?.[0].message];
      expect(named.join(' ')).toContain(field);
    });

    it('lets the therapist coordinate instead of the client being contacted', async () => {
      const referral = await send(plain.id, { client: { name: 'J.', preferredContact: 'THERAPIST_COORDINATES' } });
      expect(referral.status).toBe('SENT');
    });

    it.each([
      ['a listing that is not approved', () => draft.id, 'NOT_FOUND'],
      ['an unknown listing', () => '6b0d2f4e-3f4c-4c39-9d43-5a1d0f6a2b11', 'NOT_FOUND'],
      ['a listing no provider account answers for', () => unowned.id, 'BAD_USER_INPUT'],
    ])('refuses %s', async (_, providerId, code) => {
      expect(errorOf(await createReferral(app, therapist.token, aReferralInput(providerId())))?.code).toBe(code);
    });
  });

  describe('idempotency', () => {
    it('returns the first referral for a retry and refuses the key for different input', async () => {
      const input = aReferralInput(plain.id);
      const first = await send(plain.id, input);
      expect(await send(plain.id, input)).toEqual(first);
      const changed = await createReferral(app, therapist.token, { ...input, urgency: 'URGENT' });
      expect(errorOf(changed)).toMatchObject({ code: 'CONFLICT', reason: 'REFERRALS.IDEMPOTENCY_KEY_REUSED' });
    });

    it('creates exactly one referral from 20 concurrent identical requests', async () => {
      const input = aReferralInput(plain.id);
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => createReferral(app, therapist.token, input)),
      );
      expect(responses.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
      expect(new Set(responses.map((r) => r.data?.createReferral.id)).size).toBe(1);
      const rows = await sql(database, 'SELECT count(*)::int AS n FROM referrals WHERE idempotency_key = $1', [
        input.idempotencyKey,
      ]);
      expect(rows[0].n).toBe(1);
      const events = await sql(database, 'SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1', [
        responses[0].data?.createReferral.id,
      ]);
      expect(events[0].n).toBe(1);
    });
  });

  describe('the status machine', () => {
    it.each([
      ['complete', 'completeReferral', 'SENT'],
      ['schedule', 'scheduleReferral', 'SENT'],
      ['mark as no-show', 'markReferralNoShow', 'SENT'],
      ['mark as could-not-contact', 'markReferralCouldNotContact', 'SENT'],
    ])('refuses to %s a new referral, naming its status', async (_, mutation, status) => {
      const referral = await send(plain.id);
      const response = await act(app, provider.token, mutation, referral.id);
      expect(errorOf(response)).toMatchObject({
        code: 'CONFLICT',
        reason: 'REFERRALS.INVALID_TRANSITION',
        details: [{ field: 'status', reason: status }],
      });
    });

    it('refuses to change a declined referral and to cancel a completed one', async () => {
      const declined = await send(plain.id);
      await act(app, provider.token, 'declineReferral', declined.id, {
        reason: { type: 'DeclineReason!', value: 'NO_CAPACITY' },
      });
      expect(errorOf(await act(app, provider.token, 'acceptReferral', declined.id))?.details).toEqual([
        { field: 'status', reason: 'DECLINED' },
      ]);

      const done = await send(plain.id);
      for (const step of ['acceptReferral', 'scheduleReferral', 'completeReferral'])
        await act(app, provider.token, step, done.id);
      const cancel = await act(app, therapist.token, 'cancelReferral', done.id, {
        reason: { type: 'CancelReason!', value: 'NO_LONGER_NEEDED' },
      });
      expect(errorOf(cancel)?.details).toEqual([{ field: 'status', reason: 'COMPLETED' }]);
    });

    it('lets one of two concurrent answers win; the other is a CONFLICT naming the winner’s status', async () => {
      const referral = await send(plain.id);
      await openReferral(app, provider.token, referral.id);
      const [accepted, declined] = await Promise.all([
        act(app, provider.token, 'acceptReferral', referral.id),
        act(app, provider.token, 'declineReferral', referral.id, {
          reason: { type: 'DeclineReason!', value: 'NO_CAPACITY' },
        }),
      ]);
      const winners = [accepted, declined].filter((r) => !r.errors);
      const losers = [accepted, declined].filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      const winnerStatus = Object.values(winners[0].data!)[0].status;
      expect(errorOf(losers[0])).toMatchObject({
        code: 'CONFLICT',
        details: [{ field: 'status', reason: winnerStatus }],
      });
      const events = await sql(database, 'SELECT to_status FROM referral_events WHERE referral_id = $1 ORDER BY id', [
        referral.id,
      ]);
      expect(events.map((e) => e.to_status)).toEqual(['SENT', 'VIEWED', winnerStatus]);
    });

    it('lets the therapist cancel with a reason, and the provider answer without opening first', async () => {
      const cancelled = await send(plain.id);
      const response = await act(app, therapist.token, 'cancelReferral', cancelled.id, {
        reason: { type: 'CancelReason!', value: 'SENT_IN_ERROR' },
      });
      expect(response.data?.cancelReferral).toMatchObject({ status: 'CANCELLED', cancelReason: 'SENT_IN_ERROR' });

      const answered = await send(plain.id);
      expect((await act(app, provider.token, 'acceptReferral', answered.id)).data?.acceptReferral.status).toBe(
        'ACCEPTED',
      );
      const events = await sql(
        database,
        'SELECT from_status, to_status FROM referral_events WHERE referral_id = $1 ORDER BY id',
        [answered.id],
      );
      expect(events.map((e) => e.to_status)).toEqual(['SENT', 'VIEWED', 'ACCEPTED']);
    });
  });

  describe('expiry', () => {
    it('sets the deadline by urgency', async () => {
      const routine = await send(plain.id, { urgency: 'ROUTINE' });
      const urgent = await send(plain.id, { urgency: 'URGENT' });
      const rows = await sql(
        database,
        `SELECT id, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days FROM referrals WHERE id = ANY ($1::uuid[])`,
        [[routine.id, urgent.id]],
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, r.days]))).toEqual({ [routine.id]: 5, [urgent.id]: 2 });
    });

    it('expires unanswered referrals past their deadline and tells the therapist', async () => {
      const overdue = await send(plain.id);
      const answered = await send(plain.id);
      await act(app, provider.token, 'acceptReferral', answered.id);
      const due = await send(plain.id);
      await sql(database, `UPDATE referrals SET expires_at = now() - interval '1 minute' WHERE id = ANY ($1::uuid[])`, [
        [overdue.id, answered.id],
      ]);
      await sql(database, `UPDATE notification_outbox SET delivered_at = now()`);

      expect((await app.get(ReferralWorker).runOnce()).expired).toBe(1);
      const statuses = await sql(database, 'SELECT id, status FROM referrals WHERE id = ANY ($1::uuid[])', [
        [overdue.id, answered.id, due.id],
      ]);
      expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
        [overdue.id]: 'EXPIRED',
        [answered.id]: 'ACCEPTED',
        [due.id]: 'SENT',
      });
      const events = await sql(
        database,
        `SELECT actor_account_id, from_status FROM referral_events WHERE referral_id = $1 AND to_status = 'EXPIRED'`,
        [overdue.id],
      );
      expect(events).toEqual([{ actor_account_id: null, from_status: 'SENT' }]);
      const mails = await sql(
        database,
        'SELECT recipient_account_id, kind, delivered_at IS NOT NULL AS delivered FROM notification_outbox WHERE referral_id = $1 ORDER BY id',
        [overdue.id],
      );
      expect(mails.at(-1)).toEqual({ recipient_account_id: therapist.id, kind: 'REFERRAL_UPDATED', delivered: true });
      expect(errorOf(await act(app, provider.token, 'acceptReferral', overdue.id))?.details).toEqual([
        { field: 'status', reason: 'EXPIRED' },
      ]);
    });
  });

  describe('the loop back into the directory', () => {
    it('flags a listing for re-verification past the threshold, with counts as evidence and nothing about clients', async () => {
      await sql(database, 'UPDATE providers SET reverify_on = current_date + 300 WHERE id = $1', [telehealth.id]);
      const token = telehealthProvider.token;
      const flags = () =>
        sql(database, 'SELECT evidence FROM listing_referral_flags WHERE provider_id = $1', [telehealth.id]);

      const first = await send(telehealth.id);
      await act(app, token, 'declineReferral', first.id, {
        reason: { type: 'DeclineReason!', value: 'NOT_ACCEPTING_NEW_PATIENTS' },
      });
      const other = await send(telehealth.id);
      await act(app, token, 'declineReferral', other.id, { reason: { type: 'DeclineReason!', value: 'NO_CAPACITY' } });
      expect(await flags()).toEqual([]);

      const second = await send(telehealth.id);
      await act(app, token, 'acceptReferral', second.id);
      await act(app, token, 'markReferralCouldNotContact', second.id);
      expect((await flags()).map((f) => f.evidence)).toEqual([
        { signals: { DECLINED_NOT_ACCEPTING_NEW_PATIENTS: 1, COULD_NOT_CONTACT: 1 }, windowDays: 180, threshold: 2 },
      ]);
      const listing = await sql(database, 'SELECT reverify_on <= current_date AS due FROM providers WHERE id = $1', [
        telehealth.id,
      ]);
      expect(listing[0].due).toBe(true);

      const flagged = () =>
        graphql<{ listingsFlaggedByReferrals: unknown[] }>(
          app,
          '{ listingsFlaggedByReferrals { listing { id name } evidence { kind count } threshold } }',
          {},
          admin.token,
        );
      const queue = await flagged();
      expect(queue.data?.listingsFlaggedByReferrals).toEqual([
        {
          listing: {
            id: telehealth.id,
            name: `${telehealth.chosenName ?? telehealth.firstName} ${telehealth.lastName}`,
          },
          evidence: expect.arrayContaining([
            { kind: 'COULD_NOT_CONTACT', count: 1 },
            { kind: 'DECLINED_NOT_ACCEPTING_NEW_PATIENTS', count: 1 },
          ]),
          threshold: 2,
        },
      ]);
      const signals = await sql(database, 'SELECT * FROM listing_referral_signals WHERE provider_id = $1', [
        telehealth.id,
      ]);
      expect(Object.keys(signals[0]).sort()).toEqual(['id', 'kind', 'occurred_on', 'provider_id']);

      // Verifying the listing again (as an admin's re-verification does) closes the flag.
      await sql(database, 'UPDATE providers SET last_verified_at = now() WHERE id = $1', [telehealth.id]);
      expect((await flagged()).data?.listingsFlaggedByReferrals).toEqual([]);
    });
  });
});
