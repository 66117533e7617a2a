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

  /** The newest step into one of `statuses` that gave a reason (a decision the provider must read), if any. */
  async latestReasonedStep(
    manager: EntityManager,
    providerId: string,
    statuses: ListingStatus[],
  ): Promise<Pick<ListingAuditRecord, 'toStatus' | 'reason' | 'createdAt'> | null> {
    const [row] = await manager.query<Array<Pick<ListingAuditRecord, 'toStatus' | 'reason' | 'createdAt'>>>(
      `SELECT to_status AS "toStatus", reason, created_at AS "createdAt"
       FROM listing_audit_events
       WHERE provider_id = $1 AND to_status = ANY($2) AND reason IS NOT NULL
       ORDER BY id DESC LIMIT 1`,
      [providerId, statuses],
    );
    return row ?? null;
  }

  history(manager: EntityManager, providerId: string): Promise<ListingAuditRecord[]> {
    return manager.find(ListingAuditEventEntity, { where: { providerId }, order: { id: 'ASC' } });
  }
}
