import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SpecialtyCategory } from '../search/search-criteria';

@Entity({ name: 'specialties' })
export class SpecialtyEntity {
  /** NUCC Health Care Provider Taxonomy code. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: SpecialtyCategory, enumName: 'specialty_category' })
  category!: SpecialtyCategory;
}
