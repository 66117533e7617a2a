import { Module } from '@nestjs/common';
import { DirectoryCoverageRepository } from './state-coverage/directory-coverage.repository';
import { DirectoryCoverageResolver } from './state-coverage/directory-coverage.resolver';
import { DirectoryCoverage } from './state-coverage/directory-coverage.service';
import { DirectoryCoreModule } from './directory-core.module';
import { DirectoryController } from './directory.controller';
import { DirectoryResolver } from './directory.resolver';
import { ListingClaimService } from './listing/listing-claim.service';
import { ListingInputNormalizer } from './listing/listing-input.normalizer';
import { MyListingResolver } from './listing/my-listing.resolver';
import { MyListingService } from './listing/my-listing.service';
import { PublicListingRepository } from './listing/public-listing.repository';
import { PublicListingService } from './listing/public-listing.service';
import { RegistryPrefillService } from './registry/registry-prefill.service';
import { ProviderSearchRepository } from './search/provider-search.repository';
import { ProviderSearchService } from './search/provider-search.service';
import { VocabularyModule } from './vocabulary/vocabulary.module';
import { ZipCodeLocator } from './zip/zip-code.locator';

/** The directory's APIs (public search and listings, providers' own listings) on top of DirectoryCoreModule. */
@Module({
  imports: [DirectoryCoreModule, VocabularyModule],
  controllers: [DirectoryController],
  providers: [
    DirectoryResolver,
    DirectoryCoverage,
    DirectoryCoverageRepository,
    DirectoryCoverageResolver,
    ProviderSearchService,
    ProviderSearchRepository,
    PublicListingRepository,
    PublicListingService,
    RegistryPrefillService,
    ZipCodeLocator,
    ListingClaimService,
    ListingInputNormalizer,
    MyListingResolver,
    MyListingService,
  ],
  exports: [DirectoryCoreModule, VocabularyModule],
})
export class DirectoryModule {}
