import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ListingStatus } from '../listing/listing-lifecycle';

/** Append-only (a trigger refuses updates and deletes): who did what to a listing, when, why, and what was checked. */
@Entity({ name: 'listing_audit_events' })
export class ListingAuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'revision_id', type: 'uuid', nullable: true })
  revisionId!: string | null;

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId!: string | null;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'from_status', type: 'enum', enum: ListingStatus, enumName: 'listing_status', nullable: true })
  fromStatus!: ListingStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: ListingStatus, enumName: 'listing_status', nullable: true })
  toStatus!: ListingStatus | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  checks!: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
