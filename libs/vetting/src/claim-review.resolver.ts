import { Caller, CurrentUser, Role, Roles } from '@app/auth';
import { PageArgs } from '@app/shared';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClaimReviewService } from './claim-review.service';
import { ApproveClaimArgs, RejectClaimArgs } from './dto/claim-decision.args';
import { ClaimForReview, ClaimForReviewConnection } from './models/claim-for-review.model';
import { toClaimForReview } from './vetting.mapper';

@Roles(Role.ADMIN)
@Resolver(() => ClaimForReview)
export class ClaimReviewResolver {
  constructor(private readonly claims: ClaimReviewService) {}

  @Query(() => ClaimForReviewConnection, { description: 'Open claims of listings, longest waiting first' })
  async claimsForReview(@Args() { first, after }: PageArgs): Promise<ClaimForReviewConnection> {
    const page = await this.claims.forReview(first, after);
    return { nodes: page.nodes.map(toClaimForReview), pageInfo: page.pageInfo };
  }

  @Mutation(() => ClaimForReview, {
    description: 'OPEN → APPROVED: the claimant owns the listing, and its other open claims are REJECTED',
  })
  async approveClaim(@CurrentUser() admin: Caller, @Args() { id, note }: ApproveClaimArgs): Promise<ClaimForReview> {
    return toClaimForReview(await this.claims.approve(admin, id, note));
  }

  @Mutation(() => ClaimForReview, { description: 'OPEN → REJECTED (reason required)' })
  async rejectClaim(@CurrentUser() admin: Caller, @Args() { id, reason }: RejectClaimArgs): Promise<ClaimForReview> {
    return toClaimForReview(await this.claims.reject(admin, id, reason));
  }
}
