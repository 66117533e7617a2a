import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'insurance_plans' })
export class InsurancePlanEntity {
  @PrimaryColumn({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;
}
