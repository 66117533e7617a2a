import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryController } from './directory.controller';
import { DirectoryResolver } from './directory.resolver';
import { CareAttributeEntity } from './entities/care-attribute.entity';
import { InsurancePlanEntity } from './entities/insurance-plan.entity';
import { LanguageEntity } from './entities/language.entity';
import { SpecialtyEntity } from './entities/specialty.entity';
import { PublicListingService } from './listing/public-listing.service';
import { ProviderSearchRepository } from './search/provider-search.repository';
import { ProviderSearchService } from './search/provider-search.service';
import { VocabularyService } from './vocabulary/vocabulary.service';
import { ZipCodeLocator } from './zip/zip-code.locator';

@Module({
  imports: [TypeOrmModule.forFeature([SpecialtyEntity, CareAttributeEntity, LanguageEntity, InsurancePlanEntity])],
  controllers: [DirectoryController],
  providers: [
    DirectoryResolver,
    ProviderSearchService,
    ProviderSearchRepository,
    PublicListingService,
    VocabularyService,
    ZipCodeLocator,
  ],
  exports: [VocabularyService, PublicListingService, ZipCodeLocator],
})
export class DirectoryModule {}
