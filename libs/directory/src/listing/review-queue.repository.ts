import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OPEN_REVISION_STATUSES } from '../entities/listing-revision.entity';
import { ListingStatus } from './listing-lifecycle';

export interface QueueRow {
  id: string;
  sortKey: string;
}

export interface QueuePosition {
  sortKey: string;
  id: string;
}

// Imported listings approved before this workflow have no date of their own: a year after their last check.
const DUE_ON = `coalesce(reverify_on, (last_verified_at + interval '12 months')::date, current_date)`;

/** Admin work lists, keyset-paged, oldest first. */
@Injectable()
export class ReviewQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Listings whose review subject (the open revision, else the listing) is in `status`, longest waiting first;
   * with a `state`, only those licensed or practising there.
   */
  inReviewStatus(
    status: ListingStatus,
    state: string | null,
    limit: number,
    after?: QueuePosition,
  ): Promise<QueueRow[]> {
    return this.page(
      `SELECT p.id, coalesce(r.status_changed_at, p.status_changed_at) AS sort_at
       FROM providers p
       LEFT JOIN listing_revisions r ON r.provider_id = p.id AND r.status = ANY ($1::listing_status[])
       WHERE coalesce(r.status, p.status) = $2
         AND ($3::char(2) IS NULL
              OR EXISTS (SELECT 1 FROM licenses l WHERE l.provider_id = p.id AND l.state = $3::char(2))
              OR EXISTS (SELECT 1 FROM practice_locations pl WHERE pl.provider_id = p.id AND pl.state = $3::char(2)))`,
      'timestamptz',
      [OPEN_REVISION_STATUSES, status, state],
      limit,
      after,
    );
  }

  /** Approved listings whose re-verification date falls on or before `until`, soonest first. */
  dueForReverification(until: string, limit: number, after?: QueuePosition): Promise<QueueRow[]> {
    return this.page(
      `SELECT id, ${DUE_ON} AS sort_at FROM providers WHERE status = 'APPROVED' AND ${DUE_ON} <= $1::date`,
      'date',
      [until],
      limit,
      after,
    );
  }

  private async page(
    source: string,
    keyType: string,
    params: unknown[],
    limit: number,
    after?: QueuePosition,
  ): Promise<QueueRow[]> {
    const n = params.length;
    const keyset = after ? `WHERE (q.sort_at, q.id) > ($${n + 2}::${keyType}, $${n + 3}::uuid)` : '';
    const rows = await this.dataSource.query<Array<{ id: string; sort_key: string }>>(
      `SELECT q.id, q.sort_at::text AS sort_key FROM (${source}) AS q ${keyset} ORDER BY q.sort_at, q.id LIMIT $${n + 1}`,
      after ? [...params, limit, after.sortKey, after.id] : [...params, limit],
    );
    return rows.map((row) => ({ id: row.id, sortKey: row.sort_key }));
  }
}
