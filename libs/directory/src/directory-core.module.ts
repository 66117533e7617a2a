import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareAttributeEntity } from './entities/care-attribute.entity';
import { InsurancePlanEntity } from './entities/insurance-plan.entity';
import { LanguageEntity } from './entities/language.entity';
import { ListingAuditEventEntity } from './entities/listing-audit-event.entity';
import { ListingRevisionEntity } from './entities/listing-revision.entity';
import { ProviderEntity } from './entities/provider.entity';
import { SpecialtyEntity } from './entities/specialty.entity';
import { ListingAuditRepository } from './listing/listing-audit.repository';
import { ListingClaimRepository } from './listing/listing-claim.repository';
import { ListingClaims } from './listing/listing-claims.service';
import { ListingContentRepository } from './listing/listing-content.repository';
import { ListingLookupRepository } from './listing/listing-lookup.repository';
import { ListingLookup } from './listing/listing-lookup.service';
import { ListingReviewQueue } from './listing/listing-review-queue.service';
import { ListingTransitions } from './listing/listing-transitions';
import { ListingVerification } from './listing/listing-verification.service';
import { ListingRepository } from './listing/listing.repository';
import { ListingViews } from './listing/listing.views';
import { ReviewQueueRepository } from './listing/review-queue.repository';
import { RegistryRecordsRepository } from './registry/registry-records.repository';
import { RegistryRecords } from './registry/registry-records.service';

/** What other libraries may do with listings, through these services only. */
const PUBLIC_SERVICES = [
  ListingClaims,
  ListingLookup,
  ListingReviewQueue,
  ListingTransitions,
  ListingVerification,
  ListingViews,
  RegistryRecords,
];

/** Listings and their workflow without any API: what the API, vetting, referrals and the worker process need. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SpecialtyEntity,
      CareAttributeEntity,
      LanguageEntity,
      InsurancePlanEntity,
      ProviderEntity,
      ListingRevisionEntity,
      ListingAuditEventEntity,
    ]),
  ],
  providers: [
    ...PUBLIC_SERVICES,
    ListingAuditRepository,
    ListingClaimRepository,
    ListingContentRepository,
    ListingLookupRepository,
    ListingRepository,
    RegistryRecordsRepository,
    ReviewQueueRepository,
  ],
  exports: [
    ...PUBLIC_SERVICES,
    ListingAuditRepository,
    ListingContentRepository,
    ListingRepository,
    RegistryRecordsRepository,
  ],
})
export class DirectoryCoreModule {}
