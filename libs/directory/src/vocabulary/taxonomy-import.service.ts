import { DatabaseSignal, DatabaseSignals } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NamedFile, parseDirectoryScope, parseTaxonomyRelease } from './taxonomy-files';
import { planTaxonomyImport, TaxonomyImportPlan } from './taxonomy-import.plan';
import { TaxonomyRepository } from './taxonomy.repository';
import { VocabularyService } from './vocabulary.service';

/** Loads a newer NUCC taxonomy release, and optionally a new scope, into the directory's specialties. */
@Injectable()
export class TaxonomyImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TaxonomyRepository,
    private readonly vocabulary: VocabularyService,
  ) {}

  /** Both files are checked before anything is written; all of it happens in one transaction. */
  async load(release: NamedFile, scope: NamedFile | null): Promise<TaxonomyImportPlan> {
    const codes = parseTaxonomyRelease(release);
    const entries = scope && parseDirectoryScope(scope);
    const plan = await this.dataSource.transaction(async (manager) => {
      const known = await this.repository.lockAll(manager);
      const inUse = await this.repository.codesInUse(manager);
      const planned = planTaxonomyImport({ known, release: codes, scope: entries, inUse });
      await this.apply(manager, planned);
      await DatabaseSignals.raise(manager, DatabaseSignal.VOCABULARY_CHANGED);
      return planned;
    });
    // The signal reaches this process too, but later: whoever imported reads the new names on their next page.
    await this.vocabulary.reload();
    return plan;
  }

  private async apply(manager: EntityManager, plan: TaxonomyImportPlan): Promise<void> {
    await this.repository.upsert(manager, [...plan.added, ...plan.updated]);
    await this.repository.retire(manager, codesOf(plan.retired));
    await this.repository.restore(manager, codesOf(plan.restored));
    await this.repository.applyScope(manager, plan.scope);
    await this.repository.refreshListingsWith(manager, [...codesOf(plan.updated), ...codesOf(plan.scope)]);
  }
}

function codesOf(items: Array<{ code: string }>): string[] {
  return items.map((item) => item.code);
}
