import { AccountsCoreModule } from '@app/auth';
import { DirectoryCoreModule } from '@app/directory';
import { NotificationsModule } from '@app/notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferralEntity } from './entities/referral.entity';
import { ReferralExpiryService } from './expiry/referral-expiry.service';
import { ListingFeedbackRepository } from './feedback/listing-feedback.repository';
import { ListingFeedbackService } from './feedback/listing-feedback.service';
import { ReferralLifecycleService } from './lifecycle/referral-lifecycle.service';
import { ReferralNotificationRenderer } from './notifications/notification-message';
import { ReferralAccess } from './referral-access';
import { ReferralJournal } from './referral-journal';
import { ReferralJournalRepository } from './referral-journal.repository';
import { ReferralRepository } from './referral.repository';
import { BackgroundWorker } from './worker/background-worker';

const SHARED = [
  ListingFeedbackRepository,
  ListingFeedbackService,
  ReferralAccess,
  ReferralJournal,
  ReferralLifecycleService,
  ReferralRepository,
  BackgroundWorker,
];

/** Referral state, privacy and delivery without any API: what both the API and the worker process need. */
@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity]), AccountsCoreModule, DirectoryCoreModule, NotificationsModule],
  providers: [...SHARED, ReferralExpiryService, ReferralJournalRepository, ReferralNotificationRenderer],
  exports: [...SHARED, AccountsCoreModule, DirectoryCoreModule, NotificationsModule],
})
export class ReferralsCoreModule {}
