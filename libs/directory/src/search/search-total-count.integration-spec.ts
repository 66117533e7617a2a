import { milesBetween } from '@test/support/sphere';
import { useTestApp } from '@test/support/use-test-app';
import { graphql } from '@test/support/graphql';
import { syntheticListings } from '../bulk/synthetic-listings';
import { TOTAL_COUNT_CAP } from './provider-search.sql';

interface RestPage {
  data: Array<{ id: string; distanceMiles: number | null }>;
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// Enough approved listings (at least 80% of them) to pass the cap without any filter.
const LISTINGS = 1400;
const listings = [...syntheticListings({ count: LISTINGS, today: new Date().toISOString().slice(0, 10) })];

describe('Search total count', () => {
  const context = useTestApp({ listings });

  async function restSearch(query: string): Promise<RestPage> {
    const response = await context.app().inject({ method: 'GET', url: `/api/v1/providers?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function everyResult(query: string): Promise<RestPage['data']> {
    const results: RestPage['data'] = [];
    let cursor: string | null = null;
    do {
      const page: RestPage = await restSearch(`${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      results.push(...page.data);
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (cursor);
    return results;
  }

  const countByPaging = async (query: string) => (await everyResult(query)).length;

  it('stops counting at the cap and says so', async () => {
    const everyone = await restSearch('limit=1');

    expect(everyone).toMatchObject({ totalCount: TOTAL_COUNT_CAP, totalCountIsExact: false });
    expect(await countByPaging('sort=name')).toBeGreaterThan(TOTAL_COUNT_CAP);
  });

  it.each(['state=IL', 'state=KS&category=gynecology', 'zip=60614&radiusMiles=200', 'q=nguyen'])(
    'is exact below the cap (%s)',
    async (query) => {
      const first = await restSearch(`${query}&limit=5`);

      expect(first.totalCountIsExact).toBe(true);
      expect(first.totalCount).toBeGreaterThan(0);
      expect(first.totalCount).toBeLessThan(TOTAL_COUNT_CAP);
      expect(await countByPaging(query)).toBe(first.totalCount);
    },
  );

  it('is the same through GraphQL', async () => {
    const response = await graphql(
      context.app(),
      'query { capped: providers(first: 1) { totalCount totalCountIsExact } exact: providers(filter: { state: KS }) { totalCount totalCountIsExact } }',
    );
    const kansas = await restSearch('state=KS');

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      capped: { totalCount: TOTAL_COUNT_CAP, totalCountIsExact: false },
      exact: { totalCount: kansas.totalCount, totalCountIsExact: true },
    });
  });

  it('finds a provider with several locations once, at the nearest, counted the same way', async () => {
    const chicago = { latitude: 41.9215, longitude: -87.6525, zip: '60614', radiusMiles: 150 };
    const expected = new Map(
      listings
        .filter((listing) => listing.status === 'APPROVED')
        .map((listing) => [listing.id, Math.min(...listing.locations.map((place) => milesBetween(chicago, place)))])
        .filter(([, miles]) => (miles as number) <= chicago.radiusMiles) as Array<[string, number]>,
    );
    expect([...expected.keys()].some((id) => listings.find((l) => l.id === id)!.locations.length > 1)).toBe(true);

    const query = `zip=${chicago.zip}&radiusMiles=${chicago.radiusMiles}`;
    const results = await everyResult(query);

    expect(new Set(results.map((r) => r.id))).toEqual(new Set(expected.keys()));
    expect(results).toHaveLength(expected.size);
    for (const { id, distanceMiles } of results) expect(distanceMiles).toBeCloseTo(expected.get(id)!, 0);
    const distances = results.map((r) => r.distanceMiles!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect((await restSearch(`${query}&limit=1`)).totalCount).toBe(expected.size);
  });
});
