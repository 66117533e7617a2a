import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'languages' })
export class LanguageEntity {
  /** ISO 639-1 code. */
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
