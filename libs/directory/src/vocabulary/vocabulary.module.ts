import { DatabaseSignalsModule } from '@app/database';
import { Module } from '@nestjs/common';
import { TaxonomyImport } from './taxonomy-import.service';
import { TaxonomyRepository } from './taxonomy.repository';
import { VocabularyRepository } from './vocabulary.repository';
import { VocabularyService } from './vocabulary.service';

/** The controlled vocabularies and the taxonomy import, one instance per process so an import refreshes the cache. */
@Module({
  imports: [DatabaseSignalsModule],
  providers: [VocabularyRepository, VocabularyService, TaxonomyRepository, TaxonomyImport],
  exports: [VocabularyService, TaxonomyImport],
})
export class VocabularyModule {}
