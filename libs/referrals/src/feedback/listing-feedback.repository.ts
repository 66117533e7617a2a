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

// A flag is open until the listing is verified again after it (vetting sets providers.last_verified_at).
const OPEN_FLAG = `f.flagged_at > coalesce(p.last_verified_at, '-infinity'::timestamptz)`;

@Injectable()
export class ListingFeedbackRepository {
  /** Serialises feedback about one listing, so two signals cannot both see "one short of the threshold". */
  async lockListing(manager: EntityManager, providerId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('listing-feedback:' || $1, 0))`, [providerId]);
  }

  async recordSignal(manager: EntityManager, providerId: string, kind: ListingSignalKind): Promise<void> {
    await manager.query('INSERT INTO listing_referral_signals (provider_id, kind) VALUES ($1, $2)', [providerId, kind]);
  }

  async hasOpenFlag(manager: EntityManager, providerId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM listing_referral_flags f JOIN providers p ON p.id = f.provider_id WHERE f.provider_id = $1 AND ${OPEN_FLAG}`,
      [providerId],
    );
    return rows.length > 0;
  }

  /** Signals within the window and since the listing was last verified (or last flagged). */
  async signalsSinceLastReview(manager: EntityManager, providerId: string, windowDays: number): Promise<SignalCounts> {
    const rows = await manager.query<Array<{ kind: ListingSignalKind; count: number }>>(
      `SELECT s.kind, count(*)::int AS count
       FROM listing_referral_signals s JOIN providers p ON p.id = s.provider_id
       WHERE s.provider_id = $1
         AND s.occurred_on > current_date - $2::int
         AND s.occurred_on >= coalesce(greatest(
               p.last_verified_at::date,
               (SELECT max(f.flagged_at)::date FROM listing_referral_flags f WHERE f.provider_id = p.id)), '-infinity'::date)
       GROUP BY s.kind`,
      [providerId, windowDays],
    );
    return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
  }

  /** Puts the listing in the vetting re-verification queue (due today) and keeps the evidence beside it. */
  async flagForReverification(manager: EntityManager, providerId: string, evidence: FlagEvidence): Promise<void> {
    await manager.query('INSERT INTO listing_referral_flags (provider_id, evidence) VALUES ($1, $2)', [
      providerId,
      evidence,
    ]);
    await manager.query(
      `UPDATE providers SET reverify_on = least(coalesce(reverify_on, current_date), current_date) WHERE id = $1`,
      [providerId],
    );
  }

  /** The baseline attributes (LGBTQ+ affirming, trauma-informed) are what an affirming visit confirms. */
  async confirmAffirmingAttributes(manager: EntityManager, providerId: string): Promise<void> {
    await manager.query(
      `UPDATE provider_care_attributes pa SET evidence = 'REFERRAL_CONFIRMED', evidenced_on = current_date
       FROM care_attributes a
       WHERE a.slug = pa.attribute_slug AND a.baseline AND pa.provider_id = $1`,
      [providerId],
    );
    await manager.query('SELECT refresh_search_listings(ARRAY[$1]::uuid[])', [providerId]);
  }
}
