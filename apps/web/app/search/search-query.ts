/**
 * The search page's URL is the API's query string (`GET /api/v1/providers`): same names, same meanings, so a search
 * is a shareable link and the results are the API's own. Two parameters belong to the site alone: `lang` (the
 * language chosen by link) and `prev` (the cursors of the pages before this one, so "Previous page" works without
 * JavaScript and without storing anything about the visitor).
 */
/** Parameters that narrow the results; a search that finds nothing offers to remove each of them. */
export const FILTER_PARAMS = [
  'state',
  'mode',
  'category',
  'specialty',
  'zip',
  'radiusMiles',
  'q',
  'acceptingNewPatients',
  'telehealth',
  'language',
  'attribute',
  'insurance',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Every parameter of `GET /api/v1/providers`: the filters, the order and the page. */
export const API_SEARCH_PARAMS = [...FILTER_PARAMS, 'sort', 'limit', 'cursor'] as const;
export type ApiSearchParam = (typeof API_SEARCH_PARAMS)[number];

const PAGING_PARAMS = ['cursor', 'prev'];
const SITE_PARAMS = ['lang', 'prev'];

/**
 * The query without the empty fields a plain form submits (`?state=KS&zip=&q=`), without `mode=ANY` (the default),
 * and without the form's distance when its ZIP field was left empty (the distance applies only to a ZIP). `changed`
 * tells the page to redirect to the tidy URL, which is the one worth sharing. A hand-written `radiusMiles` without
 * any `zip` stays, so the API's answer to it is shown.
 */
export function tidySearchQuery(query: URLSearchParams): { query: URLSearchParams; changed: boolean } {
  const zipLeftEmpty = query.has('zip') && !query.get('zip')?.trim();
  const tidy = new URLSearchParams();
  for (const [name, value] of query) {
    const trimmed = value.trim();
    const dropped =
      trimmed === '' ||
      (name === 'mode' && trimmed.toUpperCase() === 'ANY') ||
      (name === 'radiusMiles' && zipLeftEmpty);
    if (!dropped) tidy.append(name, trimmed);
  }
  return { query: tidy, changed: tidy.toString() !== query.toString() };
}

/** The part of the page's query the API reads: everything but the site's own parameters. */
export function apiQueryOf(query: URLSearchParams): URLSearchParams {
  return filtered(query, (name) => !SITE_PARAMS.includes(name));
}

export interface SearchFormValues {
  state: string;
  mode: string;
  category: string;
  specialty: string;
  zip: string;
  radiusMiles: string;
  q: string;
  sort: string;
  acceptingNewPatients: boolean;
  telehealth: boolean;
  language: string[];
  attribute: string[];
  insurance: string[];
}

/** What the search form shows for a query: the visitor's own values, so a correction never starts over. */
export function formValuesOf(query: URLSearchParams): SearchFormValues {
  const one = (name: ApiSearchParam) => query.get(name) ?? '';
  return {
    state: one('state').toUpperCase(),
    mode: one('mode').toUpperCase() || 'ANY',
    category: one('category'),
    specialty: one('specialty'),
    zip: one('zip'),
    radiusMiles: one('radiusMiles'),
    q: one('q'),
    sort: one('sort'),
    acceptingNewPatients: one('acceptingNewPatients') === 'true',
    telehealth: one('telehealth') === 'true',
    language: query.getAll('language'),
    attribute: query.getAll('attribute'),
    insurance: query.getAll('insurance'),
  };
}

export interface PageLinks {
  /** 1 for the first page. */
  pageNumber: number;
  next?: URLSearchParams;
  previous?: URLSearchParams;
}

/** Next and previous pages by keyset cursor; the cursors already passed travel along in `prev`. */
export function pageLinksOf(query: URLSearchParams, endCursor: string | null, hasNextPage: boolean): PageLinks {
  const cursor = query.get('cursor');
  const trail = query.getAll('prev');
  const links: PageLinks = { pageNumber: cursor ? trail.length + 2 : 1 };
  if (hasNextPage && endCursor) {
    links.next = withPaging(query, endCursor, cursor ? [...trail, cursor] : []);
  }
  if (cursor) {
    links.previous = withPaging(query, trail.at(-1), trail.slice(0, -1));
  }
  return links;
}

/** The same search without one filter value (or the whole filter), back on its first page. */
export function withoutFilter(query: URLSearchParams, name: FilterParam, value?: string): URLSearchParams {
  const result = filtered(query, (param) => !PAGING_PARAMS.includes(param));
  if (value === undefined) {
    result.delete(name);
  } else {
    result.delete(name, value);
  }
  if (name === 'zip') result.delete('radiusMiles');
  return result;
}

/** Each filter value the query applies, in the order the form shows them. */
export function activeFilters(query: URLSearchParams): Array<{ name: FilterParam; value: string }> {
  return FILTER_PARAMS.flatMap((name) => query.getAll(name).map((value) => ({ name, value })));
}

function withPaging(query: URLSearchParams, cursor: string | undefined, trail: string[]): URLSearchParams {
  const result = filtered(query, (name) => !PAGING_PARAMS.includes(name));
  if (cursor) result.set('cursor', cursor);
  for (const previous of trail) result.append('prev', previous);
  return result;
}

function filtered(query: URLSearchParams, keep: (name: string) => boolean): URLSearchParams {
  return new URLSearchParams([...query].filter(([name]) => keep(name)));
}
