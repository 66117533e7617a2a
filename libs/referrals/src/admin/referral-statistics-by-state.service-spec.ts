import { Caller, Role } from '@app/auth';
import { insertAccount } from '@test/factories/account.factory';
import { insertOwner } from '@test/factories/listing-rows.factory';
import { aListing, license } from '@test/factories/listing.factory';
import { aReferralRequest, ReferralInputOverrides } from '@test/factories/referral.factory';
import { useTestServices } from '@test/support/use-test-services';
import { CreateReferralService } from '../create/create-referral.service';
import { ReferralRequest } from '../create/referral-request';
import { ReferralLifecycleService } from '../lifecycle/referral-lifecycle.service';
import { DeclineReason } from '../referral.vocabulary';
import { ReferralsModule } from '../referrals.module';
import { toStateStatistics } from './referral-admin.mapper';
import { ReferralAdminService } from './referral-admin.service';

describe('Referral figures by the client’s state', () => {
  const listing = aListing({ offersTelehealth: true, licenses: [license('KS'), license('MO')] });
  const { get, database } = useTestServices([ReferralsModule], { listings: [listing] });

  beforeAll(async () => {
    const therapist = await insertAccount(database(), Role.THERAPIST);
    const provider: Caller = await insertOwner(database(), listing.id);
    const send = async (overrides: ReferralInputOverrides = {}) =>
      (
        await get(CreateReferralService).create(
          therapist,
          aReferralRequest(listing.id, overrides) as unknown as ReferralRequest,
        )
      ).id;
    const lifecycle = get(ReferralLifecycleService);
    await lifecycle.accept(provider, await send());
    await lifecycle.decline(provider, await send(), DeclineReason.NO_CAPACITY);
    await send();
    const fromMissouri = { clientState: 'MO', modality: 'TELEHEALTH' };
    await lifecycle.decline(provider, await send(fromMissouri), DeclineReason.NOT_LICENSED_IN_CLIENT_STATE);
    await lifecycle.decline(provider, await send(fromMissouri), DeclineReason.NOT_LICENSED_IN_CLIENT_STATE);
  });

  it('counts sent, accepted, declines by reason and statuses per state, states in code order', async () => {
    const figures = (await get(ReferralAdminService).statisticsByState()).map(toStateStatistics);

    expect(figures).toMatchObject([
      {
        state: 'KS',
        sent: 3,
        accepted: 1,
        declined: [{ key: 'NO_CAPACITY', count: 1 }],
        outcomes: [],
        statuses: [
          { key: 'ACCEPTED', count: 1 },
          { key: 'DECLINED', count: 1 },
          { key: 'SENT', count: 1 },
        ],
      },
      {
        state: 'MO',
        sent: 2,
        accepted: 0,
        declined: [{ key: 'NOT_LICENSED_IN_CLIENT_STATE', count: 2 }],
        outcomes: [],
        statuses: [{ key: 'DECLINED', count: 2 }],
      },
    ]);
  });

  it('gives the median time to the first answer of the answered referrals only', async () => {
    const figures = (await get(ReferralAdminService).statisticsByState()).map(toStateStatistics);

    expect(figures[0].medianHoursToFirstResponse).toEqual(expect.any(Number));
    expect(figures[0].medianHoursToFirstResponse).toBeLessThan(1);
  });
});
