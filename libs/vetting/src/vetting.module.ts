import { DirectoryModule } from '@app/directory';
import { Module } from '@nestjs/common';
import { ListingApprovalService } from './listing-approval.service';
import { ListingDecisionService } from './listing-decision.service';
import { ReviewQueueService } from './review-queue.service';
import { VettingResolver } from './vetting.resolver';

@Module({
  imports: [DirectoryModule],
  providers: [ListingApprovalService, ListingDecisionService, ReviewQueueService, VettingResolver],
})
export class VettingModule {}
