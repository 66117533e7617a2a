import { DirectoryModule } from '@app/directory';
import { Module } from '@nestjs/common';
import { ReferralAdminRepository } from './admin/referral-admin.repository';
import { ReferralAdminResolver } from './admin/referral-admin.resolver';
import { ReferralAdminService } from './admin/referral-admin.service';
import { CreateReferralService } from './create/create-referral.service';
import { RecordOutcomeService } from './lifecycle/record-outcome.service';
import { ReceivedReferralsResolver } from './received-referrals.resolver';
import { ReferralQueriesService } from './referral-queries.service';
import { ReferralPresenter } from './referral.presenter';
import { ReferralsCoreModule } from './referrals-core.module';
import { ReferralsResolver } from './referrals.resolver';
import { WorkerInApi } from './worker/worker-in-api';

/** Referral requests over GraphQL, for therapists, providers and admins. */
@Module({
  imports: [ReferralsCoreModule, DirectoryModule],
  providers: [
    CreateReferralService,
    ReceivedReferralsResolver,
    RecordOutcomeService,
    ReferralAdminRepository,
    ReferralAdminResolver,
    ReferralAdminService,
    ReferralPresenter,
    ReferralQueriesService,
    ReferralsResolver,
    WorkerInApi,
  ],
})
export class ReferralsModule {}
