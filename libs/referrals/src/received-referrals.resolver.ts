import { Caller, CurrentUser, Role, Roles } from '@app/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DeclineReferralArgs, ReferralIdArgs, ReferralListArgs, ScheduleReferralArgs } from './dto/referral.args';
import { ReferralLifecycleService } from './lifecycle/referral-lifecycle.service';
import { Referral, ReferralConnection } from './models/referral.model';
import { ReferralPresenter } from './referral.presenter';
import { ReferralQueriesService } from './referral-queries.service';

/** The receiving provider's side: the owner of the listing a referral was sent to. */
@Roles(Role.PROVIDER)
@Resolver(() => Referral)
export class ReceivedReferralsResolver {
  constructor(
    private readonly queries: ReferralQueriesService,
    private readonly lifecycle: ReferralLifecycleService,
    private readonly presenter: ReferralPresenter,
  ) {}

  @Query(() => ReferralConnection, { description: 'Referrals to your listing, without client details' })
  async receivedReferrals(@CurrentUser() caller: Caller, @Args() args: ReferralListArgs): Promise<ReferralConnection> {
    return this.presenter.connection(await this.queries.received(caller, args));
  }

  @Mutation(() => Referral, { description: 'Releases the client’s details to you' })
  async acceptReferral(@CurrentUser() caller: Caller, @Args() { id }: ReferralIdArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.accept(caller, id), 'PROVIDER');
  }

  @Mutation(() => Referral)
  async declineReferral(@CurrentUser() caller: Caller, @Args() { id, reason }: DeclineReferralArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.decline(caller, id, reason), 'PROVIDER');
  }

  @Mutation(() => Referral)
  async scheduleReferral(@CurrentUser() caller: Caller, @Args() { id, date }: ScheduleReferralArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.schedule(caller, id, date ?? null), 'PROVIDER');
  }

  @Mutation(() => Referral)
  async completeReferral(@CurrentUser() caller: Caller, @Args() { id }: ReferralIdArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.complete(caller, id), 'PROVIDER');
  }

  @Mutation(() => Referral)
  async markReferralNoShow(@CurrentUser() caller: Caller, @Args() { id }: ReferralIdArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.markNoShow(caller, id), 'PROVIDER');
  }

  @Mutation(() => Referral)
  async markReferralCouldNotContact(@CurrentUser() caller: Caller, @Args() { id }: ReferralIdArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.markCouldNotContact(caller, id), 'PROVIDER');
  }
}
