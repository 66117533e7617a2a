import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SpecialtyCategory } from '../search/search-criteria';

/** A NUCC Health Care Provider Taxonomy code; only the codes with a category are in the directory's scope. */
@Entity({ name: 'specialties' })
export class SpecialtyEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code!: string;

  /** Set for every code in scope, and kept once published. */
  @Column({ type: 'text', unique: true, nullable: true })
  slug!: string | null;

  /** NUCC's display name. */
  @Column({ type: 'text' })
  name!: string;

  /** Null outside the directory's scope. */
  @Column({ type: 'enum', enum: SpecialtyCategory, enumName: 'specialty_category', nullable: true })
  category!: SpecialtyCategory | null;

  @Column({ type: 'text' })
  grouping!: string;

  @Column({ type: 'text' })
  classification!: string;

  @Column({ type: 'text', nullable: true })
  specialization!: string | null;

  @Column({ type: 'text', nullable: true })
  definition!: string | null;

  /** When a NUCC release first left the code out; null while it is current. */
  @Column({ name: 'retired_on', type: 'date', nullable: true })
  retiredOn!: string | null;
}
