import { Role } from '@app/auth';
import { ErrorCategory } from '@app/shared';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { insertOwner } from '@test/factories/listing-rows.factory';
import { aListing, daysFromToday, license, locationAt } from '@test/factories/listing.factory';
import { aReferralRequest, ReferralInputOverrides } from '@test/factories/referral.factory';
import { useTestServices } from '@test/support/use-test-services';
import { ReferralUrgency } from '../referral.vocabulary';
import { ReferralsModule } from '../referrals.module';
import { CreateReferralService } from './create-referral.service';
import { ReferralRequest } from './referral-request';

describe('Creating a referral: who may be referred where, and idempotency, on real rows', () => {
  // In person in KS; telehealth in MO (verified), IA (unverified) and IL (no expiry entered); not taking new patients.
  const telehealth = aListing({
    offersTelehealth: true,
    acceptingNewPatients: false,
    locations: [locationAt('66044')],
    licenses: [
      license('KS'),
      license('MO'),
      license('IA', { verification: 'UNVERIFIED', verifiedAt: null, source: null }),
      license('IL', { verification: 'UNVERIFIED', verifiedAt: null, source: null }),
    ],
  });
  const plain = aListing();
  const expiredLicense = aListing({
    offersTelehealth: true,
    licenses: [license('KS'), license('NE', { expiresOn: daysFromToday(-1) })],
  });
  const draft = aListing({ status: 'DRAFT' });
  const unowned = aListing();
  const { get, database } = useTestServices([ReferralsModule], {
    listings: [telehealth, plain, expiredLicense, draft, unowned],
  });
  let therapist: AccountRow;

  beforeAll(async () => {
    therapist = await insertAccount(database(), Role.THERAPIST);
    for (const listing of [telehealth, plain, expiredLicense, draft]) await insertOwner(database(), listing.id);
    await database().query(`UPDATE licenses SET expires_on = NULL WHERE provider_id = $1 AND state = 'IL'`, [
      telehealth.id,
    ]);
    await database().query('SELECT refresh_search_listings($1::uuid[])', [[telehealth.id]]);
  });

  const requestFor = (providerId: string, overrides: ReferralInputOverrides = {}) =>
    aReferralRequest(providerId, overrides) as unknown as ReferralRequest;
  const send = (request: ReferralRequest) => get(CreateReferralService).create(therapist, request);
  const count = async (sql: string, value: unknown) => (await database().query(sql, [value]))[0].n;

  it.each([
    ['in person where there is a practice location', 'KS', 'IN_PERSON'],
    ['by telehealth with a verified license there', 'MO', 'TELEHEALTH'],
    ['either way when one of them works', 'MO', 'EITHER'],
  ])('accepts a client %s, warning that the provider is not taking new patients', async (_, clientState, modality) => {
    const referral = await send(requestFor(telehealth.id, { clientState, modality }));
    expect(referral).toMatchObject({ status: 'SENT', warnings: ['NOT_ACCEPTING_NEW_PATIENTS'] });
  });

  it.each([
    ['in person without a practice location there', telehealth, 'MO', 'IN_PERSON', /no practice location in MO/],
    ['by telehealth with an unverified license', telehealth, 'IA', 'TELEHEALTH', /active verified license in IA/],
    ['by telehealth with an expired license', expiredLicense, 'NE', 'TELEHEALTH', /active verified license in NE/],
    ['by telehealth with a license without an expiry', telehealth, 'IL', 'TELEHEALTH', /active verified license in IL/],
    ['by telehealth when the provider offers none', plain, 'KS', 'TELEHEALTH', /active verified license in KS/],
    ['at all in a state not served', plain, 'TX', 'EITHER', /no practice location in TX, and .* TX/],
  ])('refuses a client %s, saying why', async (_, listing, clientState, modality, why) => {
    await expect(send(requestFor(listing.id, { clientState, modality }))).rejects.toMatchObject({
      category: ErrorCategory.BAD_USER_INPUT,
      code: 'REFERRALS.STATE_NOT_SERVED',
      details: [{ field: 'clientState', reason: expect.stringMatching(why) }],
    });
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
    [
      'preferring email without an email',
      { client: { name: 'A.B.', phone: '785 555 0100', preferredContact: 'EMAIL' } },
      'client.email',
    ],
    ['with an unknown accommodation', { accommodations: ['valet-parking'] }, 'accommodations'],
  ])('refuses a referral %s, naming the field', async (_, overrides, field) => {
    await expect(send(requestFor(plain.id, overrides))).rejects.toMatchObject({
      category: ErrorCategory.BAD_USER_INPUT,
      details: [expect.objectContaining({ field })],
    });
  });

  it('lets the therapist coordinate instead of the client being contacted', async () => {
    const request = requestFor(plain.id, { client: { name: 'J.', preferredContact: 'THERAPIST_COORDINATES' } });
    expect((await send(request)).status).toBe('SENT');
  });

  it.each([
    ['a listing that is not approved', () => draft.id, ErrorCategory.NOT_FOUND],
    ['an unknown listing', () => '6b0d2f4e-3f4c-4c39-9d43-5a1d0f6a2b11', ErrorCategory.NOT_FOUND],
    ['a listing no provider account answers for', () => unowned.id, ErrorCategory.BAD_USER_INPUT],
  ])('refuses %s', async (_, providerId, category) => {
    await expect(send(requestFor(providerId()))).rejects.toMatchObject({ category });
  });

  it('sets the deadline by urgency', async () => {
    const routine = await send(requestFor(plain.id, { urgency: 'ROUTINE' }));
    const urgent = await send(requestFor(plain.id, { urgency: 'URGENT' }));
    const days = (referral: { createdAt: Date; expiresAt: Date }) =>
      Math.round((referral.expiresAt.getTime() - referral.createdAt.getTime()) / 86_400_000);
    expect([days(routine), days(urgent)]).toEqual([5, 2]);
  });

  describe('idempotency', () => {
    it('returns the first referral for a retry and refuses the key for different input', async () => {
      const request = requestFor(plain.id);
      const first = await send(request);
      expect((await send(request)).id).toBe(first.id);
      await expect(send({ ...request, urgency: ReferralUrgency.URGENT })).rejects.toMatchObject({
        category: ErrorCategory.CONFLICT,
        code: 'REFERRALS.IDEMPOTENCY_KEY_REUSED',
      });
    });

    it('creates exactly one referral from 20 concurrent identical requests', async () => {
      const request = requestFor(plain.id);
      const referrals = await Promise.all(Array.from({ length: 20 }, () => send(request)));
      expect(new Set(referrals.map((r) => r.id)).size).toBe(1);
      const [{ id }] = referrals;
      expect(
        await count('SELECT count(*)::int AS n FROM referrals WHERE idempotency_key = $1', request.idempotencyKey),
      ).toBe(1);
      expect(await count('SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1', id)).toBe(1);
    });
  });
});
