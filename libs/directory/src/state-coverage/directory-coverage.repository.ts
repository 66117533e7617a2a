import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { servesByTelehealth, servesInPerson } from '../search/provider-search.sql';

/** Approved listings serving one state with one kind of care (category null: any kind). */
export interface CoverageRow {
  state: string;
  category: string | null;
  inPerson: number;
  telehealth: number;
  serving: number;
}

const IN_PERSON = servesInPerson('st');
const TELEHEALTH = servesByTelehealth('st');

/** Counts the search read model, which holds approved listings only, as search finds them by state. */
@Injectable()
export class DirectoryCoverageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per state, per category and for all categories together; states and categories nobody serves have no row. */
  coverage(): Promise<CoverageRow[]> {
    return this.dataSource.query<CoverageRow[]>(
      `SELECT st.state, c.category,
              count(DISTINCT st.provider_id) FILTER (WHERE ${IN_PERSON})::int AS "inPerson",
              count(DISTINCT st.provider_id) FILTER (WHERE ${TELEHEALTH})::int AS telehealth,
              count(DISTINCT st.provider_id) FILTER (WHERE ${IN_PERSON} OR ${TELEHEALTH})::int AS serving
       FROM search_listing_states st
       LEFT JOIN LATERAL unnest(st.categories) AS c(category) ON true
       GROUP BY GROUPING SETS ((st.state, c.category), (st.state))`,
    );
  }
}
