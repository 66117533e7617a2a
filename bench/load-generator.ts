import autocannon from 'autocannon';
import { MixSearch } from './server/bench-messages';
import { percentile } from './statistics';

export type Target = 'REST' | 'GraphQL' | 'web search page' | 'raw SQL' | 'empty NestJS route';

export interface LoadFigures {
  p50: number;
  p99: number;
  /** Requests per second. */
  throughput: number;
  requests: number;
  /** Responses that were not a 2xx (e.g. a search cut off by the statement timeout), errors and timeouts. */
  failed: number;
}

/** Runs one bounded load against 127.0.0.1, cycling through the given searches; failures are counted, not fatal. */
export async function runLoad(
  port: number,
  target: Target,
  searches: MixSearch[],
  { seconds, connections }: { seconds: number; connections: number },
): Promise<LoadFigures> {
  const run = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: target === 'empty NestJS route' ? [{ path: '/bench/empty' }] : searches.map((s) => requestFor(target, s)),
  });
  // autocannon's own percentiles are whole milliseconds, too coarse for ratios of searches taking 10 ms; every
  // successful response's time is kept here at full precision instead.
  const latencies: number[] = [];
  run.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await run;
  return {
    failed: result.non2xx + result.errors + result.timeouts,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    throughput: result.requests.average,
    requests: result.requests.total,
  };
}

export function requestFor(target: Target, search: MixSearch): autocannon.Request {
  switch (target) {
    case 'REST':
      return { path: restPath(search) };
    case 'web search page':
      return { path: webSearchPath(search) };
    case 'GraphQL':
      return {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: graphqlBody(search),
      };
    case 'raw SQL':
      return { path: `/bench/sql/${search.id}` };
    case 'empty NestJS route':
      return { path: '/bench/empty' };
  }
}

export function restPath(search: MixSearch): string {
  return `/api/v1/providers?${searchQuery(search)}`;
}

/** The site's search page takes the very query string of the REST search, so both show the same listings. */
export function webSearchPath(search: MixSearch): string {
  return `/search?${searchQuery(search)}`;
}

function searchQuery({ filter, sort, first, after }: MixSearch): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  }
  if (sort) query.set('sort', sort);
  if (first) query.set('limit', String(first));
  if (after) query.set('cursor', after);
  return query.toString();
}

// Every field the REST response carries, so both APIs return the same listings.
const SEARCH_QUERY = `query Search($filter: ProviderFilter, $sort: ProviderSort, $first: Int, $after: String) {
  providers(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor servesVia distanceMiles
      node {
        id npi displayName firstName lastName credentials pronouns bio phone acceptingNewPatients offersTelehealth
        telehealthStates lastVerifiedAt
        specialties { code slug name category primary }
        locations { id name street streetHidden city state zip latitude longitude phone }
        careAttributes { slug name evidence evidencedOn }
        languages { code name }
        insurancePlans { slug name }
      }
    }
  }
}`;

function graphqlBody({ filter, sort, first, after }: MixSearch): string {
  // GraphQL spells enum values by name: gynecology → GYNECOLOGY, primary-care → PRIMARY_CARE.
  const category =
    typeof filter.category === 'string' ? { category: filter.category.replace('-', '_').toUpperCase() } : {};
  const variables = { filter: { ...filter, ...category }, sort: sort?.toUpperCase(), first, after };
  return JSON.stringify({ query: SEARCH_QUERY, variables });
}
