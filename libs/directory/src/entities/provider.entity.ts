import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ListingStatus } from '../listing/listing-lifecycle';

/** The listing's own row; children (specialties, licenses…) are written by ListingContentRepository and read as a snapshot. */
@Entity({ name: 'providers' })
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 10 })
  npi!: string;

  @Column({ name: 'owner_account_id', type: 'uuid', nullable: true })
  ownerAccountId!: string | null;

  @Column({ type: 'enum', enum: ListingStatus, enumName: 'listing_status' })
  status!: ListingStatus;

  /** Raised by every change; transitions update only the version they read. */
  @Column({ type: 'integer' })
  version!: number;
}
