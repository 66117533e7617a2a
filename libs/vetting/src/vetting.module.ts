import { AccountsCoreModule } from '@app/auth';
import { DirectoryModule } from '@app/directory';
import { Module } from '@nestjs/common';
import { ClaimReviewResolver } from './claim-review.resolver';
import { ClaimReviewService } from './claim-review.service';
import { ListingApprovalService } from './listing-approval.service';
import { ListingDecisionService } from './listing-decision.service';
import { RegistryCandidatesService } from './registry-candidates.service';
import { RegistryCheck } from './registry-check';
import { RegistryRecordLoader } from './registry-record.loader';
import { ClaimedListingRegistryResolver, ManagedListingRegistryResolver, RegistryResolver } from './registry.resolver';
import { ReviewQueueService } from './review-queue.service';
import { VettingResolver } from './vetting.resolver';

@Module({
  imports: [DirectoryModule, AccountsCoreModule],
  providers: [
    ClaimedListingRegistryResolver,
    ClaimReviewResolver,
    ClaimReviewService,
    ListingApprovalService,
    ListingDecisionService,
    ManagedListingRegistryResolver,
    RegistryCandidatesService,
    RegistryCheck,
    RegistryRecordLoader,
    RegistryResolver,
    ReviewQueueService,
    VettingResolver,
  ],
})
export class VettingModule {}
