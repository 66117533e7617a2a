import { Caller, Role } from '@app/auth';
import { ErrorCategory } from '@app/shared';
import { insertAccount } from '@test/factories/account.factory';
import { insertOwner } from '@test/factories/listing-rows.factory';
import { aListing } from '@test/factories/listing.factory';
import { aReferralRequest } from '@test/factories/referral.factory';
import { useTestServices } from '@test/support/use-test-services';
import { CreateReferralService } from './create/create-referral.service';
import { ReferralRequest } from './create/referral-request';
import { RecordOutcomeService } from './lifecycle/record-outcome.service';
import { ReferralLifecycleService } from './lifecycle/referral-lifecycle.service';
import { ReferralQueriesService } from './referral-queries.service';
import { CancelReason, DeclineReason, ReferralOutcome } from './referral.vocabulary';
import { ReferralsModule } from './referrals.module';

type Stranger = 'other therapist' | 'other provider' | 'admin';

describe('A referral is shared with its two sides only, on real rows', () => {
  const listing = aListing();
  const otherListing = aListing();
  const { get, database } = useTestServices([ReferralsModule], { listings: [listing, otherListing] });
  const strangers = {} as Record<Stranger, Caller>;
  let referralId: string;

  beforeAll(async () => {
    const therapist = await insertAccount(database(), Role.THERAPIST);
    await insertOwner(database(), listing.id);
    strangers['other therapist'] = await insertAccount(database(), Role.THERAPIST);
    strangers['other provider'] = await insertOwner(database(), otherListing.id);
    strangers.admin = await insertAccount(database(), Role.ADMIN);
    const request = aReferralRequest(listing.id) as unknown as ReferralRequest;
    referralId = (await get(CreateReferralService).create(therapist, request)).id;
  });

  const lifecycle = () => get(ReferralLifecycleService);
  const queries = () => get(ReferralQueriesService);
  // Each step on the referral, and who of those whose role may take it is not on this referral.
  const steps: Array<[string, Stranger[], (caller: Caller, id: string) => Promise<unknown>]> = [
    ['open', ['other therapist', 'other provider', 'admin'], (caller, id) => queries().open(caller, id)],
    ['cancel', ['other therapist'], (caller, id) => lifecycle().cancel(caller, id, CancelReason.OTHER)],
    [
      'record the outcome',
      ['other therapist'],
      (caller, id) => get(RecordOutcomeService).record(caller, id, ReferralOutcome.NOT_SEEN, null),
    ],
    ['accept', ['other provider'], (caller, id) => lifecycle().accept(caller, id)],
    ['decline', ['other provider'], (caller, id) => lifecycle().decline(caller, id, DeclineReason.NO_CAPACITY)],
    ['schedule', ['other provider'], (caller, id) => lifecycle().schedule(caller, id, null)],
    ['complete', ['other provider'], (caller, id) => lifecycle().complete(caller, id)],
    ['mark as no-show', ['other provider'], (caller, id) => lifecycle().markNoShow(caller, id)],
    ['mark as could-not-contact', ['other provider'], (caller, id) => lifecycle().markCouldNotContact(caller, id)],
  ];
  const cases = steps.flatMap(([step, who, take]) => who.map((stranger) => [stranger, step, take] as const));

  it.each(cases)('%s may not %s it: NOT_FOUND', async (stranger, _, take) => {
    await expect(take(strangers[stranger], referralId)).rejects.toMatchObject({
      category: ErrorCategory.NOT_FOUND,
      code: 'REFERRALS.NOT_FOUND',
    });
    const [{ status }] = await database().query('SELECT status FROM referrals WHERE id = $1', [referralId]);
    expect(status).toBe('SENT');
  });

  it('keeps the referral out of the lists of everyone not on it', async () => {
    const sent = await queries().sent(strangers['other therapist'], {});
    const received = await queries().received(strangers['other provider'], {});
    expect([...sent.nodes, ...received.nodes].map((r) => r.id)).not.toContain(referralId);
  });
});
