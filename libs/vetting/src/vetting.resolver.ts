import { Caller, CurrentUser, Role, Roles } from '@app/auth';
import { ListingAction, ListingView, ManagedListing, toManagedListing, VocabularyService } from '@app/directory';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ApproveListingInput } from './dto/approve-listing.input';
import { ListingDecisionInput } from './dto/listing-decision.input';
import { DueForReverificationArgs, ListingIdArgs, ListingsForReviewArgs } from './dto/review-queue.args';
import { ListingApprovalService } from './listing-approval.service';
import { DecisionAction, ListingDecisionService } from './listing-decision.service';
import { ListingAuditEvent } from './models/listing-audit-event.model';
import { ManagedListingConnection } from './models/listing-connection.model';
import { ReviewQueueService } from './review-queue.service';
import { toListingAuditEvent, toListingConnection } from './vetting.mapper';

@Roles(Role.ADMIN)
@Resolver(() => ManagedListing)
export class VettingResolver {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly decisions: ListingDecisionService,
    private readonly approvals: ListingApprovalService,
    private readonly vocabulary: VocabularyService,
  ) {}

  @Query(() => ManagedListingConnection, { description: 'Listings by review status, longest waiting first' })
  async listingsForReview(
    @Args() { status, state, first, after }: ListingsForReviewArgs,
  ): Promise<ManagedListingConnection> {
    return toListingConnection(await this.queue.forReview({ status, state }, first, after), this.vocabulary.all());
  }

  @Query(() => ManagedListingConnection, { description: 'Approved listings due for re-verification, soonest first' })
  async listingsDueForReverification(
    @Args() { withinDays, first, after }: DueForReverificationArgs,
  ): Promise<ManagedListingConnection> {
    return toListingConnection(await this.queue.dueForReverification(withinDays, first, after), this.vocabulary.all());
  }

  @Query(() => ManagedListing, { description: 'Any listing, with every revision' })
  async listing(@Args() { id }: ListingIdArgs): Promise<ManagedListing> {
    return this.toModel(await this.queue.listing(id));
  }

  @Query(() => [ListingAuditEvent], { description: 'The listing’s audit trail, oldest first' })
  async listingHistory(@Args() { id }: ListingIdArgs): Promise<ListingAuditEvent[]> {
    return (await this.queue.history(id)).map(toListingAuditEvent);
  }

  @Mutation(() => ManagedListing, { description: 'SUBMITTED → IN_REVIEW' })
  startListingReview(
    @CurrentUser() admin: Caller,
    @Args('input') input: ListingDecisionInput,
  ): Promise<ManagedListing> {
    return this.decide(admin, input, ListingAction.START_REVIEW);
  }

  @Mutation(() => ManagedListing, {
    description: 'IN_REVIEW → APPROVED, recording the checks; fails naming each unmet rule',
  })
  async approveListing(
    @CurrentUser() admin: Caller,
    @Args('input') input: ApproveListingInput,
  ): Promise<ManagedListing> {
    return this.toModel(await this.approvals.approve(admin, input));
  }

  @Mutation(() => ManagedListing, { description: 'Re-check an APPROVED listing and set its next re-verification date' })
  async reverifyListing(
    @CurrentUser() admin: Caller,
    @Args('input') input: ApproveListingInput,
  ): Promise<ManagedListing> {
    return this.toModel(await this.approvals.reverify(admin, input));
  }

  @Mutation(() => ManagedListing, { description: 'IN_REVIEW → CHANGES_REQUESTED (reason required)' })
  requestListingChanges(
    @CurrentUser() admin: Caller,
    @Args('input') input: ListingDecisionInput,
  ): Promise<ManagedListing> {
    return this.decide(admin, input, ListingAction.REQUEST_CHANGES);
  }

  @Mutation(() => ManagedListing, { description: 'IN_REVIEW → REJECTED (reason required)' })
  rejectListing(@CurrentUser() admin: Caller, @Args('input') input: ListingDecisionInput): Promise<ManagedListing> {
    return this.decide(admin, input, ListingAction.REJECT);
  }

  @Mutation(() => ManagedListing, { description: 'APPROVED → SUSPENDED, off the directory at once (reason required)' })
  suspendListing(@CurrentUser() admin: Caller, @Args('input') input: ListingDecisionInput): Promise<ManagedListing> {
    return this.decide(admin, input, ListingAction.SUSPEND);
  }

  @Mutation(() => ManagedListing, { description: 'SUSPENDED → APPROVED' })
  reinstateListing(@CurrentUser() admin: Caller, @Args('input') input: ListingDecisionInput): Promise<ManagedListing> {
    return this.decide(admin, input, ListingAction.REINSTATE);
  }

  @Mutation(() => ManagedListing, { description: 'Any status → ARCHIVED' })
  archiveListing(@CurrentUser() admin: Caller, @Args('input') input: ListingDecisionInput): Promise<ManagedListing> {
    return this.decide(admin, input, ListingAction.ARCHIVE);
  }

  private async decide(admin: Caller, input: ListingDecisionInput, action: DecisionAction): Promise<ManagedListing> {
    return this.toModel(await this.decisions.decide(admin, input, action));
  }

  private toModel(view: ListingView): ManagedListing {
    return toManagedListing(view, this.vocabulary.all());
  }
}
