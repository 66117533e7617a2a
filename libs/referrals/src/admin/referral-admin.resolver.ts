import { Caller, CurrentUser, Role, Roles } from '@app/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ListingIdArgs, ReferralIdArgs, ReferralStatisticsArgs } from '../dto/referral.args';
import {
  ListingReferralFlag,
  ListingReferralStatisticsConnection,
  ReferralAuditEntry,
  ReferralOutcomeNote,
  StateReferralStatistics,
} from '../models/referral-admin.model';
import {
  toAuditEntry,
  toListingFlag,
  toOutcomeNote,
  toStateStatistics,
  toStatisticsConnection,
} from './referral-admin.mapper';
import { ReferralAdminService } from './referral-admin.service';

@Roles(Role.ADMIN)
@Resolver()
export class ReferralAdminResolver {
  constructor(private readonly admin: ReferralAdminService) {}

  @Query(() => ListingReferralStatisticsConnection, {
    description: 'Per listing: sent, accepted, declines by reason, response time, outcomes',
  })
  async referralStatistics(
    @Args() { first, after }: ReferralStatisticsArgs,
  ): Promise<ListingReferralStatisticsConnection> {
    return toStatisticsConnection(await this.admin.statistics(first, after));
  }

  @Query(() => [StateReferralStatistics], {
    description:
      'Per client state (every state referrals were sent for): sent, accepted, declines by reason, response time, outcomes',
  })
  async referralStatisticsByState(): Promise<StateReferralStatistics[]> {
    return (await this.admin.statisticsByState()).map(toStateStatistics);
  }

  @Query(() => [ReferralAuditEntry], { description: 'Every read of client details and every change of one referral' })
  async referralAudit(@Args() { id }: ReferralIdArgs): Promise<ReferralAuditEntry[]> {
    return (await this.admin.audit(id)).map(toAuditEntry);
  }

  @Query(() => [ListingReferralFlag], {
    description: 'Listings referral answers and outcomes have flagged for re-verification',
  })
  async listingsFlaggedByReferrals(): Promise<ListingReferralFlag[]> {
    return (await this.admin.flags()).map(toListingFlag);
  }

  @Query(() => [ReferralOutcomeNote], {
    description: 'Therapists’ notes on the care at a listing (each read is audited)',
  })
  async referralOutcomeNotes(
    @CurrentUser() caller: Caller,
    @Args() { providerId }: ListingIdArgs,
  ): Promise<ReferralOutcomeNote[]> {
    return (await this.admin.outcomeNotes(caller, providerId)).map(toOutcomeNote);
  }
}
