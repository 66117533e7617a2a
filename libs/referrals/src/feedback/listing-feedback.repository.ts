import { VerifiedAt } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export enum ListingSignalKind {
  DECLINED_NOT_ACCEPTING_NEW_PATIENTS = 'DECLINED_NOT_ACCEPTING_NEW_PATIENTS',
  DECLINED_NOT_LICENSED_IN_CLIENT_STATE = 'DECLINED_NOT_LICENSED_IN_CLIENT_STATE',
  COULD_NOT_CONTACT = 'COULD_NOT_CONTACT',
  SEEN_NOT_AFFIRMING = 'SEEN_NOT_AFFIRMING',
}

export type SignalCounts = Partial<Record<ListingSignalKind, number>>;

/** What an admin sees with a flag: counts by kind, never the referrals behind them. */
export interface FlagEvidence {
  signals: SignalCounts;
  windowDays: number;
  threshold: number;
}

// A flag is open until the listing is verified again after it; the directory says when that last happened.
export const OPEN_FLAG = (verifiedAt: string) => `f.flagged_at > coalesce(${verifiedAt}::timestamptz, '-infinity')`;

/** Signals and flags about listings; the listings themselves are the directory's. */
@Injectable()
export class ListingFeedbackRepository {
  /** Serialises feedback about one listing, so two signals cannot both see "one short of the threshold". */
  async lockListing(manager: EntityManager, providerId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('listing-feedback:' || $1, 0))`, [providerId]);
  }

  async recordSignal(manager: EntityManager, providerId: string, kind: ListingSignalKind): Promise<void> {
    await manager.query('INSERT INTO listing_referral_signals (provider_id, kind) VALUES ($1, $2)', [providerId, kind]);
  }

  async hasOpenFlag(manager: EntityManager, providerId: string, verifiedAt: VerifiedAt): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM listing_referral_flags f WHERE f.provider_id = $1 AND ${OPEN_FLAG('$2')}`,
      [providerId, verifiedAt],
    );
    return rows.length > 0;
  }

  /** Signals within the window and since the listing was last verified (or last flagged). */
  async signalsSinceLastReview(
    manager: EntityManager,
    providerId: string,
    windowDays: number,
    verifiedAt: VerifiedAt,
  ): Promise<SignalCounts> {
    const rows = await manager.query<Array<{ kind: ListingSignalKind; count: number }>>(
      `SELECT s.kind, count(*)::int AS count
       FROM listing_referral_signals s
       WHERE s.provider_id = $1
         AND s.occurred_on > current_date - $2::int
         AND s.occurred_on >= coalesce(greatest(
               $3::timestamptz::date,
               (SELECT max(f.flagged_at)::date FROM listing_referral_flags f WHERE f.provider_id = $1)), '-infinity'::date)
       GROUP BY s.kind`,
      [providerId, windowDays, verifiedAt],
    );
    return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
  }

  async flag(manager: EntityManager, providerId: string, evidence: FlagEvidence): Promise<void> {
    await manager.query('INSERT INTO listing_referral_flags (provider_id, evidence) VALUES ($1, $2)', [
      providerId,
      evidence,
    ]);
  }
}
