import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { CareAttributeEntity } from '../entities/care-attribute.entity';
import { InsurancePlanEntity } from '../entities/insurance-plan.entity';
import { LanguageEntity } from '../entities/language.entity';
import { SpecialtyEntity } from '../entities/specialty.entity';
import { SpecialtyCategory } from '../search/search-criteria';

/** A taxonomy code in the directory's scope: it has a category and a slug (retired ones included). */
export type ScopedSpecialty = SpecialtyEntity & { slug: string; category: SpecialtyCategory };

export interface Vocabularies {
  specialties: ScopedSpecialty[];
  careAttributes: CareAttributeEntity[];
  languages: LanguageEntity[];
  insurancePlans: InsurancePlanEntity[];
}

/** The names a vocabulary has in one language other than English, by code or slug. */
export interface VocabularyTranslations {
  careAttributes: Map<string, { name: string; description: string }>;
  specialties: Map<string, string>;
  states: Map<string, string>;
}

/** The reference tables, each in the order pickers show it. */
@Injectable()
export class VocabularyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadAll(): Promise<Vocabularies> {
    const [specialties, careAttributes, languages, insurancePlans] = await Promise.all([
      this.dataSource.getRepository(SpecialtyEntity).find({
        where: { category: Not(IsNull()) },
        order: { category: 'ASC', name: 'ASC' },
      }) as Promise<ScopedSpecialty[]>,
      this.dataSource.getRepository(CareAttributeEntity).find({ order: { baseline: 'DESC', name: 'ASC' } }),
      this.dataSource.getRepository(LanguageEntity).find({ order: { name: 'ASC' } }),
      this.dataSource.getRepository(InsurancePlanEntity).find({ order: { name: 'ASC' } }),
    ]);
    return { specialties, careAttributes, languages, insurancePlans };
  }

  /** Every name the vocabularies have in `language`, by code or slug. */
  async loadTranslations(language: string): Promise<VocabularyTranslations> {
    const [careAttributes, specialties, states] = await Promise.all([
      this.dataSource.query<Array<{ key: string; name: string; description: string }>>(
        'SELECT slug AS key, name, description FROM care_attribute_translations WHERE language = $1',
        [language],
      ),
      this.dataSource.query<Array<{ key: string; name: string }>>(
        'SELECT code AS key, name FROM specialty_translations WHERE language = $1',
        [language],
      ),
      this.dataSource.query<Array<{ key: string; name: string }>>(
        'SELECT code AS key, name FROM us_state_translations WHERE language = $1',
        [language],
      ),
    ]);
    return {
      careAttributes: new Map(careAttributes.map(({ key, name, description }) => [key, { name, description }])),
      specialties: new Map(specialties.map(({ key, name }) => [key, name])),
      states: new Map(states.map(({ key, name }) => [key, name])),
    };
  }
}
