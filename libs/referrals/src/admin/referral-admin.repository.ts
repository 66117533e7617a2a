import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { VerifiedAt } from '@app/directory';
import { FlagEvidence, OPEN_FLAG } from '../feedback/listing-feedback.repository';

/** The figures of one group of referrals. */
export interface FiguresRow {
  sent: number;
  accepted: number;
  declined: Record<string, number>;
  outcomes: Record<string, number>;
  statuses: Record<string, number>;
  medianSecondsToFirstResponse: number | null;
}

export interface ListingStatisticsRow extends FiguresRow {
  providerId: string;
}

export interface StateStatisticsRow extends FiguresRow {
  state: string;
}

export interface AuditRow {
  action: string;
  actorAccountId: string | null;
  createdAt: Date;
}

export interface FlagRow {
  providerId: string;
  evidence: FlagEvidence;
  flaggedAt: Date;
}

export interface SealedOutcomeNoteRow {
  referralId: string;
  outcome: string;
  noteSealed: string;
  recordedOn: string;
}

/** The columns referrals are grouped by for figures. */
type FiguresGroup = 'provider_id' | 'client_state';

// Counts per key of one group's referrals, as a JSON object.
const countsBy = (column: string, group: FiguresGroup) => `(
  SELECT coalesce(jsonb_object_agg(k, n), '{}'::jsonb)
  FROM (SELECT r2.${column}::text AS k, count(*)::int AS n FROM referrals r2
        WHERE r2.${group} = r.${group} AND r2.${column} IS NOT NULL GROUP BY 1) AS c)`;

// The figures of each group, as the columns of FiguresRow.
const figuresBy = (group: FiguresGroup) => `
  count(*)::int AS sent,
  count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM referral_events e WHERE e.referral_id = r.id AND e.to_status = 'ACCEPTED'))::int AS accepted,
  ${countsBy('decline_reason', group)} AS declined,
  ${countsBy('outcome', group)} AS outcomes,
  ${countsBy('status', group)} AS statuses,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.responded_at - r.created_at))
    FILTER (WHERE r.responded_at IS NOT NULL) AS "medianSecondsToFirstResponse"`;

/** Figures for admins: counts, durations and the audit trail, never the sealed client columns. */
@Injectable()
export class ReferralAdminRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** One row per listing that has received referrals, ordered by listing id (keyset). */
  statistics(limit: number, afterProviderId: string | null): Promise<ListingStatisticsRow[]> {
    return this.dataSource.query<ListingStatisticsRow[]>(
      `SELECT r.provider_id AS "providerId", ${figuresBy('provider_id')}
       FROM referrals r
       WHERE $2::uuid IS NULL OR r.provider_id > $2::uuid
       GROUP BY r.provider_id
       ORDER BY r.provider_id
       LIMIT $1`,
      [limit, afterProviderId],
    );
  }

  /** One row per client state that referrals were sent for, by state code: a few dozen rows at most. */
  statisticsByState(): Promise<StateStatisticsRow[]> {
    return this.dataSource.query<StateStatisticsRow[]>(
      `SELECT r.client_state AS state, ${figuresBy('client_state')}
       FROM referrals r
       GROUP BY r.client_state
       ORDER BY r.client_state`,
    );
  }

  audit(referralId: string): Promise<AuditRow[]> {
    return this.dataSource.query<AuditRow[]>(
      `SELECT e.action, e.actor_account_id AS "actorAccountId", e.created_at AS "createdAt"
       FROM referral_audit_events e WHERE e.referral_id = $1 ORDER BY e.id`,
      [referralId],
    );
  }

  /** Every listing referral signals have ever flagged. */
  async flaggedListingIds(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT DISTINCT provider_id AS id FROM listing_referral_flags',
    );
    return rows.map((row) => row.id);
  }

  /** The flags still open, given when the directory last verified each flagged listing; oldest first. */
  openFlags(verifiedAt: Map<string, VerifiedAt>): Promise<FlagRow[]> {
    return this.dataSource.query<FlagRow[]>(
      `SELECT f.provider_id AS "providerId", f.evidence, f.flagged_at AS "flaggedAt"
       FROM listing_referral_flags f
       JOIN unnest($1::uuid[], $2::timestamptz[]) AS v(provider_id, verified_at) ON v.provider_id = f.provider_id
       WHERE ${OPEN_FLAG('v.verified_at')}
       ORDER BY f.flagged_at, f.id`,
      [[...verifiedAt.keys()], [...verifiedAt.values()]],
    );
  }

  sealedOutcomeNotes(providerId: string): Promise<SealedOutcomeNoteRow[]> {
    return this.dataSource.query<SealedOutcomeNoteRow[]>(
      `SELECT id AS "referralId", outcome, outcome_note_sealed AS "noteSealed", outcome_recorded_at::date::text AS "recordedOn"
       FROM referrals WHERE provider_id = $1 AND outcome_note_sealed IS NOT NULL
       ORDER BY outcome_recorded_at DESC LIMIT 100`,
      [providerId],
    );
  }
}
