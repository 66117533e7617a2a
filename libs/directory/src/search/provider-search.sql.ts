import { METERS_PER_MILE } from '@app/shared';
import { ProviderSearchCriteria, ProviderSort, ServiceMode } from './search-criteria';

/**
 * Matches are counted up to this many. An exact count is O(matches), which at a national scale costs a broad search
 * (every primary care provider in California) far more than its page; nobody pages through more than this anyway.
 */
export const TOTAL_COUNT_CAP = 1000;

/** One ascending sort key: its SQL expression and the type its cursor value is cast back to. */
interface SortKey {
  expression: string;
  type: 'float8' | 'real' | 'int' | 'text' | 'uuid';
}

export interface SearchStatements {
  pageSql: string;
  pageParams: unknown[];
  countSql: string;
  countParams: unknown[];
  sortKeyCount: number;
}

/** Columns every page row carries, whatever the filters. */
export interface SearchRow {
  document: Record<string, unknown>;
  serves_in_person: boolean;
  serves_by_telehealth: boolean;
  distance_m: number | null;
  [sortKey: `sort_key_${number}`]: string | number;
}

/**
 * What the directory means by a listing serving a state, on a row of search_listing_states: in person, a practice
 * location there; by telehealth, an active verified license there (null, not false, when it has none).
 */
export const servesInPerson = (stateRow: string) => `${stateRow}.in_person`;
export const servesByTelehealth = (stateRow: string) => `${stateRow}.telehealth_until >= current_date`;

class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/**
 * Builds the page and count statements for a search. All sort keys are ascending (relevance is stored negated) so
 * the keyset condition is a single row comparison that an index range can serve.
 */
export function buildSearchStatements(
  criteria: ProviderSearchCriteria,
  page: { limit: number; afterKeys?: Array<string | number> },
): SearchStatements {
  const count = buildCount(criteria);
  const params = new Params();
  const filters = buildFilters(criteria, params, 'page');
  const sortKeys = sortKeysFor(criteria, params, filters.nearness);
  const keyset = page.afterKeys
    ? [
        `(${sortKeys.map((k) => k.expression).join(', ')}) > (${sortKeys.map((k, i) => params.add(page.afterKeys![i], k.type)).join(', ')})`,
      ]
    : [];
  const sortKeyColumns = sortKeys.map((_, i) => `sort_key_${i}`).join(', ');
  // The page is chosen from the narrow rows first; documents are read for its rows alone.
  const pageSql = `SELECT l.document, page.*
    FROM (SELECT ${criteria.state ? 'st' : 'l'}.provider_id, ${filters.servesInPerson} AS serves_in_person,
            ${filters.servesByTelehealth} AS serves_by_telehealth, ${filters.distance} AS distance_m,
            ${sortKeys.map((k, i) => `${k.expression} AS sort_key_${i}`).join(', ')}
          ${fromClause(criteria, filters)} ${whereClause([...filters.conditions, ...keyset])}
          ORDER BY ${sortKeys.map((k) => k.expression).join(', ')}
          LIMIT ${params.add(page.limit + 1, 'int')}) page
    JOIN search_listings l ON l.provider_id = page.provider_id
    ORDER BY ${sortKeyColumns}`;
  return { pageSql, pageParams: params.values, ...count, sortKeyCount: sortKeys.length };
}

// One row past the cap tells "exactly 1,000" from "more than 1,000".
function buildCount(criteria: ProviderSearchCriteria): Pick<SearchStatements, 'countSql' | 'countParams'> {
  const params = new Params();
  const filters = buildFilters(criteria, params, 'count');
  const countSql = `SELECT count(*)::int AS total
    FROM (SELECT 1 ${fromClause(criteria, filters)} ${whereClause(filters.conditions)} LIMIT ${TOTAL_COUNT_CAP + 1}) matches`;
  return { countSql, countParams: params.values };
}

// With a state the narrow state rows carry every filter and drive the search.
function fromClause(criteria: ProviderSearchCriteria, { joins }: Filters): string {
  return `FROM ${criteria.state ? 'search_listing_states st' : 'search_listings l'} ${joins.join(' ')}`;
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

interface Filters {
  joins: string[];
  conditions: string[];
  servesInPerson: string;
  servesByTelehealth: string;
  distance: string;
  /** Orders as the distance does, and is what the location index orders by. */
  nearness?: string;
}

/** The page and the count find the same rows, but a ZIP search reaches them through different indexes. */
type Statement = 'page' | 'count';

function buildFilters(criteria: ProviderSearchCriteria, params: Params, statement: Statement): Filters {
  const filters: Filters = {
    joins: [],
    conditions: [],
    servesInPerson: anyStateRow(servesInPerson('s')),
    servesByTelehealth: anyStateRow(servesByTelehealth('s')),
    distance: 'NULL::float8',
  };
  if (criteria.state) {
    filters.conditions.push(`st.state = ${params.add(criteria.state)}`);
    filters.servesInPerson = servesInPerson('st');
    filters.servesByTelehealth = `coalesce(${servesByTelehealth('st')}, false)`;
  }
  filters.conditions.push(...modeConditions(criteria, filters));
  if (criteria.near) addDistanceFilter(criteria, params, filters, statement);
  addAttributeFilters(criteria, params, filters.conditions);
  return filters;
}

// Without a state filter, "serves in person / by telehealth" means in any state.
function anyStateRow(condition: string): string {
  return `EXISTS (SELECT 1 FROM search_listing_states s WHERE s.provider_id = l.provider_id AND ${condition})`;
}

function modeConditions({ mode, state }: ProviderSearchCriteria, filters: Filters): string[] {
  if (mode === ServiceMode.IN_PERSON) return [filters.servesInPerson];
  if (mode === ServiceMode.TELEHEALTH) return [filters.servesByTelehealth];
  return state ? [`(${filters.servesInPerson} OR ${filters.servesByTelehealth})`] : [];
}

// Nearest first straight from the location index: `<->` (straight-line distance through the earth, which orders
// exactly as distance over its surface does) is what the GiST index hands out in order, so a page of the nearest
// providers reads about a page of locations, however many lie within the radius.
function addDistanceFilter(
  criteria: ProviderSearchCriteria,
  params: Params,
  filters: Filters,
  statement: Statement,
): void {
  const { point, radiusMiles } = criteria.near!;
  const coordinates = `${params.add(point.latitude, 'float8')}, ${params.add(point.longitude, 'float8')}`;
  const origin = `ll_to_earth(${coordinates})`;
  const radius = params.add(radiusMiles * METERS_PER_MILE, 'float8');
  const nearness = (alias: string) => `(${alias}.point <-> ${origin})`;
  filters.joins.push(
    `JOIN search_listing_locations loc ON loc.provider_id = ${criteria.state ? 'st' : 'l'}.provider_id`,
  );
  // The page walks the GiST index nearest first inside the radius's box; the count reads the btree of the cells that
  // cover the radius, which counts a crowded city index-only.
  filters.conditions.push(
    statement === 'page'
      ? `earth_box(${origin}, ${radius}) @> loc.point`
      : `loc.cell = ANY (search_cells_near(${coordinates}, ${radius}))`,
    `${nearness('loc')} <= gc_to_sec(${radius})`,
    // A provider is found once, at its nearest location.
    `(NOT loc.one_of_several OR NOT EXISTS (SELECT 1 FROM search_listing_locations nearer
       WHERE nearer.provider_id = loc.provider_id
         AND (${nearness('nearer')}, nearer.location_id) < (${nearness('loc')}, loc.location_id)))`,
  );
  filters.distance = `sec_to_gc(${nearness('loc')})`;
  filters.nearness = nearness('loc');
}

// The state rows carry copies of every filter column, so a search by state filters inside its index range.
function addAttributeFilters(criteria: ProviderSearchCriteria, params: Params, conditions: string[]): void {
  const t = criteria.state ? 'st' : 'l';
  if (criteria.nameQuery) conditions.push(`search_text(${params.add(criteria.nameQuery)}) <% ${t}.name_text`);
  if (criteria.category) conditions.push(`${t}.categories @> ARRAY[${params.add(criteria.category)}]::text[]`);
  if (criteria.specialtyCode)
    conditions.push(`${t}.specialty_codes @> ARRAY[${params.add(criteria.specialtyCode)}]::text[]`);
  if (criteria.languages.length) conditions.push(`${t}.language_codes && ${params.add(criteria.languages, 'text[]')}`);
  if (criteria.attributes.length)
    conditions.push(`${t}.attribute_slugs @> ${params.add(criteria.attributes, 'text[]')}`);
  if (criteria.insurance.length) conditions.push(`${t}.insurance_slugs && ${params.add(criteria.insurance, 'text[]')}`);
  if (criteria.acceptingNewPatients !== undefined) {
    conditions.push(`${t}.accepting_new_patients = ${params.add(criteria.acceptingNewPatients, 'boolean')}`);
  }
  if (criteria.telehealth !== undefined)
    conditions.push(`${t}.offers_telehealth = ${params.add(criteria.telehealth, 'boolean')}`);
}

function sortKeysFor(criteria: ProviderSearchCriteria, params: Params, nearness?: string): SortKey[] {
  // With a state filter the state rows carry copies of rank and sort_name, so one index serves filter and order.
  const t = criteria.state ? 'st' : 'l';
  const id: SortKey = { expression: `${t}.provider_id`, type: 'uuid' };
  const byName: SortKey = { expression: `${t}.sort_name`, type: 'text' };
  const byRank: SortKey = { expression: `(-${t}.rank)`, type: 'int' };
  switch (criteria.sort) {
    case ProviderSort.DISTANCE:
      return [{ expression: nearness!, type: 'float8' }, id];
    case ProviderSort.NAME:
      return [byName, id];
    case ProviderSort.RELEVANCE:
      if (!criteria.nameQuery) return [byRank, byName, id];
      return [
        {
          expression: `(-word_similarity(search_text(${params.add(criteria.nameQuery)}), ${t}.name_text))`,
          type: 'real',
        },
        byRank,
        byName,
        id,
      ];
  }
}
