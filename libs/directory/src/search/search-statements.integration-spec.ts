import { Client } from 'pg';
import { useTestApp } from '@test/support/use-test-app';
import { syntheticListings } from '../bulk/synthetic-listings';

// Counted at the driver: every statement any pg client sends (the app's pool included) while one search is served.
// A search that costs more statements as its page grows (one per result, say) would not survive a million listings.
const MAX_STATEMENTS_PER_SEARCH = 4;

const SEARCHES = [
  { name: 'by state', query: 'state=IL' },
  {
    name: 'by state and mode, with filters',
    query: 'state=IL&mode=TELEHEALTH&category=gynecology&language=es&language=en',
  },
  { name: 'near a ZIP', query: 'zip=60614&radiusMiles=100' },
  { name: 'by name', query: 'q=nguyen' },
];

describe('SQL statements per search', () => {
  const context = useTestApp({
    listings: [...syntheticListings({ count: 300, today: new Date().toISOString().slice(0, 10) })],
  });

  async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      await work();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  async function restSearch(query: string): Promise<{ data: unknown[]; pageInfo: { endCursor: string | null } }> {
    const response = await context.app().inject({ method: 'GET', url: `/api/v1/providers?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function graphqlSearch(state: string, first: number): Promise<void> {
    const query =
      'query($filter: ProviderFilter, $first: Int) { providers(filter: $filter, first: $first) { totalCount edges { node { id } } } }';
    const response = await context
      .app()
      .inject({ method: 'POST', url: '/graphql', payload: { query, variables: { filter: { state }, first } } });
    expect(response.json().errors).toBeUndefined();
  }

  it.each(SEARCHES)('is the same for 10 and 100 results per page, and small ($name)', async ({ query }) => {
    const small = await statementsDuring(() => restSearch(`${query}&limit=10`));
    const large = await statementsDuring(() => restSearch(`${query}&limit=100`));

    expect(small).toBe(large);
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThanOrEqual(MAX_STATEMENTS_PER_SEARCH);
  });

  it('does not grow for a page reached by cursor', async () => {
    const first = await restSearch('state=IL&limit=10');
    const firstPage = await statementsDuring(() => restSearch('state=IL&limit=10'));
    const nextPage = await statementsDuring(() => restSearch(`state=IL&limit=10&cursor=${first.pageInfo.endCursor}`));

    expect(nextPage).toBe(firstPage);
  });

  it('is the same through GraphQL', async () => {
    const small = await statementsDuring(() => graphqlSearch('IL', 10));
    const large = await statementsDuring(() => graphqlSearch('IL', 100));
    const rest = await statementsDuring(() => restSearch('state=IL&limit=10'));

    expect(small).toBe(large);
    expect(small).toBe(rest);
  });
});
