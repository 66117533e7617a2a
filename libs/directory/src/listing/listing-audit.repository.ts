import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingAuditEventEntity } from '../entities/listing-audit-event.entity';
import { ListingStatus } from './listing-lifecycle';

export interface ListingAuditEntry {
  providerId: string;
  revisionId: string | null;
  /** Set when the step acted on a claim of the listing. */
  claimId?: string | null;
  actorId: string;
  action: string;
  fromStatus: ListingStatus | null;
  toStatus: ListingStatus | null;
  reason: string | null;
  checks: Record<string, unknown> | null;
}

/** One row of the audit trail as other libraries read it. */
export interface ListingAuditRecord extends Omit<ListingAuditEntry, 'providerId'> {
  id: string;
  createdAt: Date;
}

/** The vetting audit trail: one row per transition and per admin change, never updated or deleted. */
@Injectable()
export class ListingAuditRepository {
  async append(manager: EntityManager, entry: ListingAuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO listing_audit_events
         (provider_id, revision_id, actor_id, action, from_status, to_status, reason, checks, claim_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.providerId,
        entry.revisionId,
        entry.actorId,
        entry.action,
        entry.fromStatus,
        entry.toStatus,
        entry.reason,
        entry.checks && JSON.stringify(entry.checks),
        entry.claimId ?? null,
      ],
    );
  }

  history(manager: EntityManager, providerId: string): Promise<ListingAuditRecord[]> {
    return manager.find(ListingAuditEventEntity, { where: { providerId }, order: { id: 'ASC' } });
  }
}
