import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VettedFields } from '../listing/listing-fields';
import { ListingStatus } from '../listing/listing-lifecycle';

/** Proposed vetted fields of an approved listing, reviewed on their own while the approved version stays public. */
@Entity({ name: 'listing_revisions' })
export class ListingRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'enum', enum: ListingStatus, enumName: 'listing_status' })
  status!: ListingStatus;

  @Column({ type: 'jsonb' })
  payload!: VettedFields;

  @Column({ name: 'author_account_id', type: 'uuid' })
  authorAccountId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;
}

export const OPEN_REVISION_STATUSES = [
  ListingStatus.DRAFT,
  ListingStatus.SUBMITTED,
  ListingStatus.IN_REVIEW,
  ListingStatus.CHANGES_REQUESTED,
];
