import request from 'supertest';
import { aListing, license, locationAt } from '@test/factories/listing.factory';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

const listings = [
  aListing({ lastName: 'Landry', locations: [locationAt('70112')], licenses: [license('LA')] }),
  aListing({
    lastName: 'Hebert',
    offersTelehealth: true,
    locations: [locationAt('77002')],
    licenses: [license('TX'), license('LA')],
  }),
  aListing({
    lastName: 'Okafor',
    specialties: [{ code: '363LF0000X', primary: true }],
    locations: [locationAt('70806')],
    licenses: [license('LA')],
    languages: ['en', 'es'],
  }),
  aListing({
    lastName: 'Thibodeaux',
    locations: [locationAt('70501')],
    licenses: [license('LA')],
    acceptingNewPatients: false,
  }),
  aListing({ lastName: 'Begay', locations: [locationAt('83702')], licenses: [license('ID')] }),
];

const SEARCH = `query Search($filter: ProviderFilter, $sort: ProviderSort, $first: Int, $after: String) {
  providers(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor servesVia distanceMiles node { id displayName telehealthStates } }
  }
}`;

type Connection = {
  providers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ servesVia: string[]; distanceMiles: number | null; node: { id: string } }>;
  };
};

describe('REST and GraphQL search agree', () => {
  const context = useTestApp({ listings });
  const app = () => context.app().getHttpServer();

  it.each([
    { rest: { state: 'LA' }, filter: { state: 'LA' } },
    { rest: { state: 'LA', mode: 'TELEHEALTH' }, filter: { state: 'LA', mode: 'TELEHEALTH' } },
    { rest: { category: 'primary-care' }, filter: { category: 'PRIMARY_CARE' } },
    { rest: { zip: '70112', radiusMiles: 150 }, filter: { zip: '70112', radiusMiles: 150 } },
    { rest: { q: 'landri' }, filter: { q: 'landri' } },
    { rest: { language: 'es', acceptingNewPatients: true }, filter: { language: ['es'], acceptingNewPatients: true } },
    { rest: { state: 'LA', sort: 'name' }, filter: { state: 'LA' }, sort: 'NAME' },
  ])('returns the same providers in the same order for $rest', async ({ rest, filter, sort }) => {
    const viaRest = (await request(app()).get('/api/v1/providers').query(rest).expect(200)).body;
    const viaGraphql = await graphql<Connection>(context.app(), SEARCH, { filter, sort });

    expect(viaGraphql.errors).toBeUndefined();
    const connection = viaGraphql.data!.providers;
    expect(connection.edges.map((e) => e.node.id)).toEqual(viaRest.data.map((r: { id: string }) => r.id));
    expect(connection.edges.map((e) => e.servesVia)).toEqual(
      viaRest.data.map((r: { servesVia: string[] }) => r.servesVia),
    );
    expect(connection.edges.map((e) => e.distanceMiles)).toEqual(
      viaRest.data.map((r: { distanceMiles: number }) => r.distanceMiles),
    );
    expect(connection.totalCount).toBe(viaRest.totalCount);
    expect(connection.totalCount).toBeGreaterThan(0);
  });

  it('pages through GraphQL results with first/after', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Connection = (
        await graphql<Connection>(context.app(), SEARCH, { filter: { state: 'LA' }, first: 1, after })
      ).data!;
      seen.push(...page.providers.edges.map((e) => e.node.id));
      after = page.providers.pageInfo.hasNextPage ? page.providers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('serves the same listing on both APIs', async () => {
    const id = listings[1].id;
    const viaRest = (await request(app()).get(`/api/v1/providers/${id}`).expect(200)).body;
    const viaGraphql = await graphql<{
      provider: { id: string; telehealthStates: string[]; locations: Array<{ city: string }> };
    }>(context.app(), 'query($id: ID!) { provider(id: $id) { id telehealthStates locations { city } } }', { id });
    expect(viaGraphql.data!.provider).toEqual({
      id,
      telehealthStates: viaRest.telehealthStates,
      locations: [{ city: 'Houston' }],
    });
    expect(viaRest.telehealthStates.sort()).toEqual(['LA', 'TX']);
  });

  it('lists the vocabularies on both APIs', async () => {
    const restSpecialties = (await request(app()).get('/api/v1/specialties').expect(200)).body;
    const restAttributes = (await request(app()).get('/api/v1/care-attributes').expect(200)).body;
    const viaGraphql = await graphql<{
      specialties: Array<{ code: string }>;
      careAttributes: Array<{ slug: string; baseline: boolean }>;
    }>(context.app(), '{ specialties { code slug category } careAttributes { slug baseline } }');
    expect(viaGraphql.data!.specialties.map((s) => s.code)).toEqual(
      restSpecialties.map((s: { code: string }) => s.code),
    );
    expect(restSpecialties).toContainEqual({
      code: '207VG0400X',
      slug: 'gynecology',
      name: 'Gynecology Physician',
      category: 'gynecology',
    });
    expect(
      restAttributes
        .filter((a: { baseline: boolean }) => a.baseline)
        .map((a: { slug: string }) => a.slug)
        .sort(),
    ).toEqual(['lgbtq-affirming', 'trauma-informed']);
    expect(viaGraphql.data!.careAttributes).toHaveLength(restAttributes.length);
  });
});
