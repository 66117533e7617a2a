import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'care_attributes' })
export class CareAttributeEntity {
  @PrimaryColumn({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Every approved listing must carry the baseline attributes (LGBTQ+ affirming, trauma-informed). */
  @Column({ type: 'boolean' })
  baseline!: boolean;
}
