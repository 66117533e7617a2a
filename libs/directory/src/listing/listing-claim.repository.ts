import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimLicense, ClaimStatus } from './listing-claim-rules';
import { QueuePosition, QueueRow } from './review-queue.repository';

/** A claim as its claimant and admins see it; `status` is EXPIRED from expires_at on, whatever the row says. */
export interface ClaimRecord {
  id: string;
  listingId: string;
  npi: string;
  claimantAccountId: string;
  status: ClaimStatus;
  licenses: ClaimLicense[];
  createdAt: Date;
  expiresAt: Date;
  /** When it stopped being open: decided, withdrawn, or (for an expired one) its expires_at. */
  decidedAt: Date | null;
  decidedBy: string | null;
  reason: string | null;
}

export interface NewClaim {
  listingId: string;
  claimantAccountId: string;
  days: number;
  licenses: ClaimLicense[];
}

export interface ClaimClosing {
  status: ClaimStatus.APPROVED | ClaimStatus.REJECTED | ClaimStatus.WITHDRAWN;
  decidedBy: string | null;
  reason: string | null;
}

const LAPSED = `(c.status = 'OPEN' AND c.expires_at <= now())`;

const CLAIM_SQL = `
  SELECT c.id, c.provider_id AS "listingId", p.npi, c.claimant_account_id AS "claimantAccountId",
         CASE WHEN ${LAPSED} THEN 'EXPIRED' ELSE c.status::text END AS status,
         coalesce((SELECT jsonb_agg(jsonb_build_object('state', l.state, 'licenseType', l.license_type,
                                                       'number', l.number) ORDER BY l.state, l.license_type, l.number)
                   FROM listing_claim_licenses l WHERE l.claim_id = c.id), '[]') AS licenses,
         c.created_at AS "createdAt", c.expires_at AS "expiresAt",
         CASE WHEN ${LAPSED} THEN c.expires_at ELSE c.decided_at END AS "decidedAt",
         c.decided_by AS "decidedBy", c.reason
  FROM listing_claims c JOIN providers p ON p.id = c.provider_id`;

/** Claims of listings and the licenses their claimants entered. */
@Injectable()
export class ListingClaimRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, claim: NewClaim): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO listing_claims (provider_id, claimant_account_id, expires_at)
       VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING id`,
      [claim.listingId, claim.claimantAccountId, claim.days],
    );
    await manager.query(
      `INSERT INTO listing_claim_licenses (claim_id, state, license_type, number)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])`,
      [
        id,
        claim.licenses.map((l) => l.state),
        claim.licenses.map((l) => l.licenseType),
        claim.licenses.map((l) => l.number),
      ],
    );
    return id;
  }

  /** Marks the account's lapsed claims EXPIRED, so that the one-open-claim index no longer counts them. */
  async expireLapsedOf(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query(
      `UPDATE listing_claims c SET status = 'EXPIRED', decided_at = c.expires_at
       WHERE c.claimant_account_id = $1 AND ${LAPSED}`,
      [accountId],
    );
  }

  async hasOpenClaim(manager: EntityManager, accountId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM listing_claims WHERE claimant_account_id = $1 AND status = 'OPEN' AND expires_at > now()`,
      [accountId],
    );
    return rows.length > 0;
  }

  async find(manager: EntityManager, id: string): Promise<ClaimRecord | null> {
    const [claim] = await manager.query<ClaimRecord[]>(`${CLAIM_SQL} WHERE c.id = $1`, [id]);
    return claim ?? null;
  }

  /** The listing a claim is for, to lock the listing before the claim (as every claim decision does). */
  async listingOf(manager: EntityManager, id: string): Promise<string | null> {
    const [row] = await manager.query<Array<{ providerId: string }>>(
      'SELECT provider_id AS "providerId" FROM listing_claims WHERE id = $1',
      [id],
    );
    return row?.providerId ?? null;
  }

  findMany(manager: EntityManager, ids: string[]): Promise<ClaimRecord[]> {
    return manager.query<ClaimRecord[]>(`${CLAIM_SQL} WHERE c.id = ANY ($1::uuid[])`, [ids]);
  }

  ofClaimant(manager: EntityManager, accountId: string): Promise<ClaimRecord[]> {
    return manager.query<ClaimRecord[]>(
      `${CLAIM_SQL} WHERE c.claimant_account_id = $1 ORDER BY c.created_at DESC, c.id`,
      [accountId],
    );
  }

  /** Closes an open, unexpired claim; false when it is not (any more). */
  async close(manager: EntityManager, id: string, closing: ClaimClosing): Promise<boolean> {
    const [, updated] = await manager.query<[unknown, number]>(
      `UPDATE listing_claims c SET status = $2, decided_at = now(), decided_by = $3, reason = $4
       WHERE c.id = $1 AND c.status = 'OPEN' AND NOT ${LAPSED}`,
      [id, closing.status, closing.decidedBy, closing.reason],
    );
    return updated === 1;
  }

  /**
   * Rejects the listing's other open claims for `reason` (lapsed ones are marked EXPIRED instead); returns the ids
   * of those rejected.
   */
  async rejectOpen(
    manager: EntityManager,
    listingId: string,
    exceptId: string | null,
    decidedBy: string,
    reason: string,
  ): Promise<string[]> {
    const [rows] = await manager.query<[Array<{ id: string; status: ClaimStatus }>, number]>(
      `UPDATE listing_claims c
       SET status = CASE WHEN ${LAPSED} THEN 'EXPIRED' ELSE 'REJECTED' END::claim_status,
           decided_at = CASE WHEN ${LAPSED} THEN c.expires_at ELSE now() END,
           decided_by = CASE WHEN ${LAPSED} THEN NULL ELSE $3::uuid END,
           reason = CASE WHEN ${LAPSED} THEN NULL ELSE $4 END
       WHERE c.provider_id = $1 AND c.status = 'OPEN' AND c.id IS DISTINCT FROM $2::uuid
       RETURNING c.id, c.status`,
      [listingId, exceptId, decidedBy, reason],
    );
    return rows.filter((row) => row.status === ClaimStatus.REJECTED).map((row) => row.id);
  }

  /** Open, unexpired claims, oldest first, keyset-paged. */
  async openForReview(limit: number, after?: QueuePosition): Promise<QueueRow[]> {
    const keyset = after ? `AND (created_at, id) > ($2::timestamptz, $3::uuid)` : '';
    const rows = await this.dataSource.query<Array<{ id: string; sort_key: string }>>(
      `SELECT id, created_at::text AS sort_key FROM listing_claims
       WHERE status = 'OPEN' AND expires_at > now() ${keyset}
       ORDER BY created_at, id LIMIT $1`,
      after ? [limit, after.sortKey, after.id] : [limit],
    );
    return rows.map((row) => ({ id: row.id, sortKey: row.sort_key }));
  }
}
