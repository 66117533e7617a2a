import { Role } from '@app/auth';
import { aListing } from '@test/factories/listing.factory';
import { aReferralInput } from '@test/factories/referral.factory';
import { TestAccount } from '@test/support/accounts';
import { graphql } from '@test/support/graphql';
import { act, createReferral, errorOf, listingOwner } from '@test/support/referrals';
import { useTestApp } from '@test/support/use-test-app';

// What the referral API answers: defaults, refusals and the steps the story does not take. Who may be referred where,
// idempotency, the status machine, expiry and the loop back are the service specs' (libs/referrals).
describe('Referral rules over GraphQL', () => {
  const plain = aListing();
  const flagged = aListing();
  const { app, database, account } = useTestApp({
    listings: [plain, flagged],
    environment: { REFERRAL_SIGNAL_THRESHOLD: '2' },
    signedIn: [Role.THERAPIST, Role.ADMIN],
  });
  const therapist = () => account(Role.THERAPIST);
  let provider: TestAccount;

  beforeAll(async () => {
    provider = await listingOwner(app(), database(), plain.id);
  });

  const send = async (providerId = plain.id) => {
    const response = await createReferral(app(), therapist().token, aReferralInput(providerId));
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createReferral;
  };
  const decline = (id: string, reason: string, by = provider) =>
    act(app(), by.token, 'declineReferral', id, { reason: { type: 'DeclineReason!', value: reason } });

  describe('creating', () => {
    it('takes the schema default of a field the variables leave out (no accommodations)', async () => {
      const { accommodations: _omitted, ...input } = aReferralInput(plain.id);
      const response = await createReferral(app(), therapist().token, input);
      expect(response.errors).toBeUndefined();
      expect(response.data?.createReferral).toMatchObject({ status: 'SENT', accommodations: [] });
    });

    it('refuses a client in a state the listing does not serve, saying why', async () => {
      const response = await createReferral(
        app(),
        therapist().token,
        aReferralInput(plain.id, { clientState: 'TX', modality: 'EITHER' }),
      );
      expect(response.data).toBeNull();
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REFERRALS.STATE_NOT_SERVED' });
      expect(errorOf(response)?.details?.[0]).toEqual({
        field: 'clientState',
        reason: expect.stringMatching(/no practice location in TX/),
      });
    });

    it.each([
      ['with no consent at all', { consent: undefined }, 'consent'],
      ['with an unknown reason', { reason: 'headache' }, 'reason'],
      ['for an unknown state', { clientState: 'XX' }, 'clientState'],
    ])('refuses a referral %s, naming the field', async (_, overrides, field) => {
      const response = await createReferral(app(), therapist().token, aReferralInput(plain.id, overrides));
      expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
      // GraphQL itself refuses a missing required field; everything else is named in details.
      const named = errorOf(response)?.details?.map((d) => d.field) ?? [response.errors?.[0].message];
      expect(named.join(' ')).toContain(field);
    });
  });

  describe('the status machine', () => {
    it('answers a step the status does not allow with a CONFLICT naming the status', async () => {
      const referral = await send();
      const response = await act(app(), provider.token, 'completeReferral', referral.id);
      expect(response.data).toBeNull();
      expect(errorOf(response)).toMatchObject({
        code: 'CONFLICT',
        reason: 'REFERRALS.INVALID_TRANSITION',
        details: [{ field: 'status', reason: 'SENT' }],
      });
    });

    it('declines with a reason, cancels with a reason, and marks a no-show and a client it could not contact', async () => {
      const declined = await decline((await send()).id, 'NO_CAPACITY');
      expect(declined.data?.declineReferral).toMatchObject({ status: 'DECLINED', declineReason: 'NO_CAPACITY' });

      const cancelled = await act(app(), therapist().token, 'cancelReferral', (await send()).id, {
        reason: { type: 'CancelReason!', value: 'SENT_IN_ERROR' },
      });
      expect(cancelled.data?.cancelReferral).toMatchObject({ status: 'CANCELLED', cancelReason: 'SENT_IN_ERROR' });

      const noShow = await send();
      for (const step of ['acceptReferral', 'scheduleReferral']) await act(app(), provider.token, step, noShow.id);
      const missed = await act(app(), provider.token, 'markReferralNoShow', noShow.id);
      expect(missed.data?.markReferralNoShow.status).toBe('NO_SHOW');

      const unreachable = await send();
      await act(app(), provider.token, 'acceptReferral', unreachable.id);
      const lost = await act(app(), provider.token, 'markReferralCouldNotContact', unreachable.id);
      expect(lost.data?.markReferralCouldNotContact.status).toBe('COULD_NOT_CONTACT');
    });
  });

  it('lists the listings referrals flagged for re-verification, with the evidence', async () => {
    const owner = await listingOwner(app(), database(), flagged.id);
    for (let n = 0; n < 2; n += 1) await decline((await send(flagged.id)).id, 'NOT_ACCEPTING_NEW_PATIENTS', owner);
    const queue = await graphql<{ listingsFlaggedByReferrals: unknown[] }>(
      app(),
      '{ listingsFlaggedByReferrals { listing { id name } evidence { kind count } threshold } }',
      {},
      account(Role.ADMIN).token,
    );
    expect(queue.data?.listingsFlaggedByReferrals).toEqual([
      {
        listing: { id: flagged.id, name: `${flagged.firstName} ${flagged.lastName}` },
        evidence: [{ kind: 'DECLINED_NOT_ACCEPTING_NEW_PATIENTS', count: 2 }],
        threshold: 2,
      },
    ]);
  });
});
