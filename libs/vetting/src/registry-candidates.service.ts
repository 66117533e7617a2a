import { AppConfig } from '@app/config';
import { RegistryRecord, RegistryRecords, VocabularyService } from '@app/directory';
import { InvalidInputError, KeysetPager, Page, PageRequest } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { RegistryCandidateFilterInput } from './dto/registry-candidates.args';

/** Registry practitioners of the directory's specialties whom no listing has yet: who admins may invite. */
@Injectable()
export class RegistryCandidatesService {
  private readonly pager: KeysetPager;

  constructor(
    private readonly records: RegistryRecords,
    private readonly vocabulary: VocabularyService,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  candidates(filter: RegistryCandidateFilterInput, request: PageRequest): Promise<Page<RegistryRecord>> {
    const criteria = {
      state: filter.state,
      taxonomyCodes: this.taxonomyCodes(filter),
      name: filter.name?.trim() || null,
    };
    return this.pager.page(request, {
      query: `registry:${JSON.stringify(criteria)}`,
      fetch: (afterKeys, limit) => this.records.candidates(criteria, limit, afterKeys ? String(afterKeys[0]) : null),
      keysOf: (record) => [record.npi],
    });
  }

  /** The in-scope codes the filter asks for: its specialty, else those of its category, else all of them. */
  private taxonomyCodes(filter: RegistryCandidateFilterInput): string[] {
    if (filter.specialty) {
      const specialty = this.vocabulary.resolveSpecialty(filter.specialty, 'filter.specialty');
      if (specialty.category == null)
        throw InvalidInputError.field('filter.specialty', 'is not a specialty the directory lists');
      if (filter.category && specialty.category !== filter.category)
        throw InvalidInputError.field('filter.specialty', `is not a ${filter.category} specialty`);
      return [specialty.code];
    }
    return this.vocabulary
      .all()
      .specialties.filter((s) => s.category != null && (!filter.category || s.category === filter.category))
      .map((s) => s.code);
  }
}
