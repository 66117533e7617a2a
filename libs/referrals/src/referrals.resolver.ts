import { Caller, CurrentUser, Role, Roles } from '@app/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateReferralService } from './create/create-referral.service';
import { CreateReferralInput } from './dto/create-referral.input';
import { CancelReferralArgs, RecordReferralOutcomeArgs, ReferralIdArgs, ReferralListArgs } from './dto/referral.args';
import { RecordOutcomeService } from './lifecycle/record-outcome.service';
import { ReferralLifecycleService } from './lifecycle/referral-lifecycle.service';
import { Referral, ReferralConnection, ReferralDetails } from './models/referral.model';
import { ReferralPresenter } from './referral.presenter';
import { ReferralQueriesService } from './referral-queries.service';

/** The sending therapist's side, and opening one referral (either side; anyone else is told it does not exist). */
@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(
    private readonly creation: CreateReferralService,
    private readonly queries: ReferralQueriesService,
    private readonly lifecycle: ReferralLifecycleService,
    private readonly outcomes: RecordOutcomeService,
    private readonly presenter: ReferralPresenter,
  ) {}

  @Roles(Role.THERAPIST)
  @Mutation(() => Referral, {
    description:
      'Send a consenting client to an approved provider; retries with the same idempotencyKey return the first',
  })
  async createReferral(@CurrentUser() caller: Caller, @Args('input') input: CreateReferralInput): Promise<Referral> {
    return this.presenter.referral(await this.creation.create(caller, input), 'THERAPIST');
  }

  @Roles(Role.THERAPIST)
  @Query(() => ReferralConnection)
  async sentReferrals(@CurrentUser() caller: Caller, @Args() args: ReferralListArgs): Promise<ReferralConnection> {
    return this.presenter.connection(await this.queries.sent(caller, args));
  }

  @Roles(Role.THERAPIST, Role.PROVIDER, Role.ADMIN)
  @Query(() => ReferralDetails, {
    description: 'Opening a new referral as its provider marks it VIEWED; client details are released after acceptance',
  })
  async referral(@CurrentUser() caller: Caller, @Args() { id }: ReferralIdArgs): Promise<ReferralDetails> {
    return this.presenter.details(await this.queries.open(caller, id));
  }

  @Roles(Role.THERAPIST)
  @Mutation(() => Referral)
  async cancelReferral(@CurrentUser() caller: Caller, @Args() { id, reason }: CancelReferralArgs): Promise<Referral> {
    return this.presenter.referral(await this.lifecycle.cancel(caller, id, reason), 'THERAPIST');
  }

  @Roles(Role.THERAPIST)
  @Mutation(() => Referral, { description: 'After the visit; once per referral' })
  async recordReferralOutcome(
    @CurrentUser() caller: Caller,
    @Args() { id, outcome, note }: RecordReferralOutcomeArgs,
  ): Promise<Referral> {
    return this.presenter.referral(await this.outcomes.record(caller, id, outcome, note ?? null), 'THERAPIST');
  }
}
