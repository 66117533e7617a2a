import { Caller, Role } from '@app/auth';
import { insertAccount } from '@test/factories/account.factory';
import { insertOwner } from '@test/factories/listing-rows.factory';
import { aListing } from '@test/factories/listing.factory';
import { aReferralRequest } from '@test/factories/referral.factory';
import { useTestServices } from '@test/support/use-test-services';
import { CreateReferralService } from './create/create-referral.service';
import { ReferralRequest } from './create/referral-request';
import { ReferralLifecycleService } from './lifecycle/referral-lifecycle.service';
import { ReferralQueriesService } from './referral-queries.service';
import { DeclineReason, ReferralStatus } from './referral.vocabulary';
import { ReferralsModule } from './referrals.module';

describe('A side’s referrals in any of several statuses, as one list', () => {
  const listing = aListing();
  const { get, database } = useTestServices([ReferralsModule], { listings: [listing] });
  let provider: Caller;
  const ids: Record<'declined' | 'accepted' | 'sent', string> = { declined: '', accepted: '', sent: '' };

  beforeAll(async () => {
    const therapist = await insertAccount(database(), Role.THERAPIST);
    provider = await insertOwner(database(), listing.id);
    const send = async () =>
      (await get(CreateReferralService).create(therapist, aReferralRequest(listing.id) as unknown as ReferralRequest))
        .id;
    ids.declined = await send();
    await get(ReferralLifecycleService).decline(provider, ids.declined, DeclineReason.NO_CAPACITY);
    ids.accepted = await send();
    await get(ReferralLifecycleService).accept(provider, ids.accepted);
    ids.sent = await send();
  });

  const received = (request: Parameters<ReferralQueriesService['received']>[1]) =>
    get(ReferralQueriesService).received(provider, request);

  it('gives those in any of the statuses, newest first, paged with one cursor', async () => {
    const statuses = [ReferralStatus.SENT, ReferralStatus.ACCEPTED];
    const first = await received({ statuses, first: 1 });
    const second = await received({ statuses, first: 1, after: first.pageInfo.endCursor ?? undefined });

    expect(first.nodes.map((r) => r.id)).toEqual([ids.sent]);
    expect(second.nodes.map((r) => r.id)).toEqual([ids.accepted]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('gives nothing for an empty list of statuses, and keeps the single-status filter', async () => {
    expect((await received({ statuses: [] })).nodes).toEqual([]);
    expect((await received({ status: ReferralStatus.DECLINED })).nodes.map((r) => r.id)).toEqual([ids.declined]);
  });
});
