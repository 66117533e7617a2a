import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CareAttributeEntity } from '../entities/care-attribute.entity';
import { InsurancePlanEntity } from '../entities/insurance-plan.entity';
import { LanguageEntity } from '../entities/language.entity';
import { SpecialtyEntity } from '../entities/specialty.entity';

export interface Vocabularies {
  specialties: SpecialtyEntity[];
  careAttributes: CareAttributeEntity[];
  languages: LanguageEntity[];
  insurancePlans: InsurancePlanEntity[];
}

/** The reference tables, each in the order pickers show it. */
@Injectable()
export class VocabularyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadAll(): Promise<Vocabularies> {
    const [specialties, careAttributes, languages, insurancePlans] = await Promise.all([
      this.dataSource.getRepository(SpecialtyEntity).find({ order: { category: 'ASC', name: 'ASC' } }),
      this.dataSource.getRepository(CareAttributeEntity).find({ order: { baseline: 'DESC', name: 'ASC' } }),
      this.dataSource.getRepository(LanguageEntity).find({ order: { name: 'ASC' } }),
      this.dataSource.getRepository(InsurancePlanEntity).find({ order: { name: 'ASC' } }),
    ]);
    return { specialties, careAttributes, languages, insurancePlans };
  }
}
