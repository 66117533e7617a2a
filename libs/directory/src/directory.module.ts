import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryController } from './directory.controller';
import { DirectoryResolver } from './directory.resolver';
import { CareAttributeEntity } from './entities/care-attribute.entity';
import { InsurancePlanEntity } from './entities/insurance-plan.entity';
import { LanguageEntity } from './entities/language.entity';
import { ListingAuditEventEntity } from './entities/listing-audit-event.entity';
import { ListingRevisionEntity } from './entities/listing-revision.entity';
import { ProviderEntity } from './entities/provider.entity';
import { SpecialtyEntity } from './entities/specialty.entity';
import { ListingAuditLog } from './listing/listing-audit.log';
import { ListingClaimService } from './listing/listing-claim.service';
import { ListingInputNormalizer } from './listing/listing-input.normalizer';
import { ListingTransitions } from './listing/listing-transitions';
import { ListingRepository } from './listing/listing.repository';
import { ListingViews } from './listing/listing.views';
import { ListingWriter } from './listing/listing.writer';
import { MyListingResolver } from './listing/my-listing.resolver';
import { MyListingService } from './listing/my-listing.service';
import { PublicListingService } from './listing/public-listing.service';
import { ProviderSearchRepository } from './search/provider-search.repository';
import { ProviderSearchService } from './search/provider-search.service';
import { VocabularyService } from './vocabulary/vocabulary.service';
import { ZipCodeLocator } from './zip/zip-code.locator';

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
  controllers: [DirectoryController],
  providers: [
    DirectoryResolver,
    ProviderSearchService,
    ProviderSearchRepository,
    PublicListingService,
    VocabularyService,
    ZipCodeLocator,
    ListingAuditLog,
    ListingClaimService,
    ListingInputNormalizer,
    ListingRepository,
    ListingTransitions,
    ListingViews,
    ListingWriter,
    MyListingResolver,
    MyListingService,
  ],
  exports: [
    VocabularyService,
    PublicListingService,
    ZipCodeLocator,
    ListingAuditLog,
    ListingRepository,
    ListingTransitions,
    ListingViews,
    ListingWriter,
  ],
})
export class DirectoryModule {}
