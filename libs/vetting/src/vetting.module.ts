import { AccountsCoreModule } from '@app/auth';
import { DirectoryModule } from '@app/directory';
import { Module } from '@nestjs/common';
import { ClaimReviewResolver } from './claim-review.resolver';
import { ClaimReviewService } from './claim-review.service';
import { ListingApprovalService } from './listing-approval.service';
import { ListingDecisionService } from './listing-decision.service';
import { ReviewQueueService } from './review-queue.service';
import { VettingResolver } from './vetting.resolver';

@Module({
  imports: [DirectoryModule, AccountsCoreModule],
  providers: [
    ClaimReviewResolver,
    ClaimReviewService,
    ListingApprovalService,
    ListingDecisionService,
    ReviewQueueService,
    VettingResolver,
  ],
})
export class VettingModule {}
