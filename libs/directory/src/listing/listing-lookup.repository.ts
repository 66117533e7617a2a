import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * When an admin last verified a listing, as PostgreSQL prints the timestamptz (microseconds kept), so another
 * library can compare it with its own timestamps in SQL exactly; null: never.
 */
export type VerifiedAt = string | null;

/** A listing's display name and when it was last verified: what other libraries show beside their own records. */
export interface ListingSummary {
  name: string;
  lastVerifiedAt: VerifiedAt;
}

/** Whether a listing can take a client in one state; coverage comes from the public read model. */
export interface ListingAvailability {
  status: string;
  ownerAccountId: string | null;
  acceptingNewPatients: boolean;
  inPerson: boolean;
  telehealth: boolean;
}

/** Small reads about listings for other libraries; see ListingLookup. */
@Injectable()
export class ListingLookupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ownedListingId(accountId: string): Promise<string | null> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM providers WHERE owner_account_id = $1',
      [accountId],
    );
    return rows[0]?.id ?? null;
  }

  async ownerOf(manager: EntityManager, id: string): Promise<string | null> {
    const rows = await manager.query<Array<{ owner: string | null }>>(
      'SELECT owner_account_id AS owner FROM providers WHERE id = $1',
      [id],
    );
    return rows[0]?.owner ?? null;
  }

  async lastVerifiedAt(manager: EntityManager, id: string): Promise<VerifiedAt> {
    const rows = await manager.query<Array<{ at: VerifiedAt }>>(
      'SELECT last_verified_at::text AS at FROM providers WHERE id = $1',
      [id],
    );
    return rows[0]?.at ?? null;
  }

  async summaries(ids: string[]): Promise<Map<string, ListingSummary>> {
    const rows = await this.dataSource.query<Array<ListingSummary & { id: string }>>(
      `SELECT id, CASE WHEN chosen_name IS NULL THEN concat_ws(' ', first_name, last_name)
                   ELSE concat_ws(' ', chosen_name, chosen_last_name) END AS name,
              last_verified_at::text AS "lastVerifiedAt"
       FROM providers WHERE id = ANY ($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map(({ id, ...summary }) => [id, summary]));
  }

  // search_listing_states holds exactly the "serves state" rule: a practice location there, or telehealth with an
  // active verified license there (telehealth_until is that license's expiry).
  async availability(id: string, state: string): Promise<ListingAvailability | null> {
    const rows = await this.dataSource.query<ListingAvailability[]>(
      `SELECT p.status, p.owner_account_id AS "ownerAccountId", p.accepting_new_patients AS "acceptingNewPatients",
              coalesce(s.in_person, false) AS "inPerson", coalesce(s.telehealth_until >= current_date, false) AS telehealth
       FROM providers p LEFT JOIN search_listing_states s ON s.provider_id = p.id AND s.state = $2
       WHERE p.id = $1`,
      [id, state],
    );
    return rows[0] ?? null;
  }
}
