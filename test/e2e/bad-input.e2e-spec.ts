import request from 'supertest';
import { aListing } from '@test/factories/listing.factory';
import { getIntrospectionQuery } from 'graphql';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type ErrorBody = {
  statusCode: number;
  code: string;
  message: string;
  details?: Array<{ field: string; reason: string }>;
};

describe('Bad input is a clear 400 / BAD_USER_INPUT naming the field', () => {
  const context = useTestApp({ listings: [aListing(), aListing(), aListing()] });
  const app = () => context.app().getHttpServer();
  let validCursor: string;

  beforeAll(async () => {
    const page = await request(app()).get('/api/v1/providers').query({ state: 'KS', limit: 1 }).expect(200);
    validCursor = page.body.pageInfo.endCursor;
  });

  const tamper = (cursor: string) => {
    const [body, signature] = cursor.split('.');
    const forged = Buffer.from(Buffer.from(body, 'base64url').toString().replace(/-?\d+/, '999')).toString('base64url');
    return `${forged}.${signature}`;
  };

  describe('REST', () => {
    it.each([
      [{ state: 'ZZ' }, 'state'],
      [{ state: 'Kansas' }, 'state'],
      [{ specialty: 'podiatry' }, 'specialty'],
      [{ specialty: '208600000X' }, 'specialty'], // Surgery: a NUCC code outside the directory's scope
      [{ category: 'dermatology' }, 'category'],
      [{ attribute: 'unicorn-friendly' }, 'attribute'],
      [{ language: 'xx' }, 'language'],
      [{ language: 'english' }, 'language'],
      [{ insurance: 'acme' }, 'insurance'],
      [{ zip: '00000' }, 'zip'],
      [{ zip: '6604' }, 'zip'],
      [{ zip: '66044', radiusMiles: 251 }, 'radiusMiles'],
      [{ zip: '66044', radiusMiles: 0 }, 'radiusMiles'],
      [{ zip: '66044', radiusMiles: 'far' }, 'radiusMiles'],
      [{ radiusMiles: 10 }, 'radiusMiles'],
      [{ sort: 'distance' }, 'sort'],
      [{ sort: 'price' }, 'sort'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ mode: 'CARRIER_PIGEON' }, 'mode'],
      [{ acceptingNewPatients: 'maybe' }, 'acceptingNewPatients'],
      [{ q: 'a' }, 'q'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ cursor: 'eyJ4IjoxfQ.c2lnbmF0dXJl' }, 'cursor'],
      [{ unknownParameter: 'x' }, 'unknownParameter'],
    ])('%j → 400 naming %s', async (query, field) => {
      const response = await request(app()).get('/api/v1/providers').query(query).expect(400);
      const body = response.body as ErrorBody;
      expect(body.statusCode).toBe(400);
      expect(body.details?.map((d) => d.field)).toContain(field);
      expect(body.message).not.toMatch(/select|from |stack|at \//i);
    });

    it('refuses a tampered cursor and one from another search', async () => {
      const tampered = await request(app())
        .get('/api/v1/providers')
        .query({ state: 'KS', limit: 1, cursor: tamper(validCursor) })
        .expect(400);
      expect(tampered.body.code).toBe('PAGINATION.INVALID_CURSOR');
      const foreign = await request(app())
        .get('/api/v1/providers')
        .query({ state: 'IL', cursor: validCursor })
        .expect(400);
      expect(foreign.body.code).toBe('PAGINATION.CURSOR_MISMATCH');
    });

    it('refuses an id that is not a UUID', async () => {
      const response = await request(app()).get('/api/v1/providers/1%27%20OR%201=1').expect(400);
      expect(response.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    });

    it('answers unknown routes with the same error shape', async () => {
      const response = await request(app()).get('/api/v1/nothing-here').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'HTTP.404' });
    });
  });

  describe('GraphQL', () => {
    const SEARCH =
      'query($filter: ProviderFilter, $first: Int, $after: String) { providers(filter: $filter, first: $first, after: $after) { totalCount } }';

    it.each([
      [{ filter: { specialty: 'podiatry' } }, 'filter.specialty'],
      [{ filter: { specialty: '208600000X' } }, 'filter.specialty'],
      [{ filter: { attribute: ['unicorn-friendly'] } }, 'filter.attribute'],
      [{ filter: { language: ['xx'] } }, 'filter.language'],
      [{ filter: { zip: '00000' } }, 'filter.zip'],
      [{ filter: { radiusMiles: 5 } }, 'filter.radiusMiles'],
      [{ filter: { zip: '66044', radiusMiles: 500 } }, 'filter.radiusMiles'],
      [{ filter: { q: 'a' } }, 'filter.q'],
      [{ first: 0 }, 'first'],
      [{ first: 1000 }, 'first'],
      [{ after: 'garbage' }, 'after'],
    ])('%j → BAD_USER_INPUT naming %s', async (variables, field) => {
      const response = await graphql(context.app(), SEARCH, variables);
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions.details?.map((d) => d.field)).toContain(field);
    });

    it.each([
      ['an unknown state', { filter: { state: 'ZZ' } }],
      ['an unknown category', { filter: { category: 'DERMATOLOGY' } }],
      ['a wrong type', { first: 'ten' }],
    ])('refuses %s before running anything', async (_, variables) => {
      const response = await graphql(context.app(), SEARCH, variables);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a missing required variable as bad input', async () => {
      const response = await graphql(context.app(), 'query($id: ID!) { provider(id: $id) { id } }');
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses unknown fields and syntax errors', async () => {
      const unknownField = await graphql(context.app(), '{ providers { totalCount secretField } }');
      expect(unknownField.status).toBe(400);
      expect(unknownField.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const syntax = await graphql(context.app(), '{ providers { ');
      expect(syntax.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    const everyField = `id npi displayName firstName lastName credentials pronouns bio phone acceptingNewPatients
      offersTelehealth telehealthStates lastVerifiedAt specialties { code slug name category primary }
      locations { id name street streetHidden city state zip latitude longitude phone }
      careAttributes { slug name evidence evidencedOn } languages { code name } insurancePlans { slug name }`;

    it('refuses queries that would cost too much, such as aliased full pages', async () => {
      const page = `providers(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor servesVia distanceMiles node { ${everyField} } } }`;
      const one = await graphql(context.app(), `{ ${page} }`);
      expect(one.errors).toBeUndefined();
      const batch = await graphql(context.app(), `{ a: ${page} b: ${page} }`);
      expect(batch.status).toBe(400);
      expect(batch.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'GRAPHQL_QUERY_TOO_COMPLEX',
      });
    });

    it('costs the same query by the page sizes it is sent with, each time', async () => {
      const page = `providers(first: $size) { edges { node { ${everyField} } } }`;
      const batch = `query($size: Int) { a: ${page} b: ${page} }`;
      const costs = [];
      for (const size of [10, 100, 10, 100]) costs.push((await graphql(context.app(), batch, { size })).status);

      expect(costs).toEqual([200, 400, 200, 400]);
    });

    it('costs fields switched on by @include or off by @skip with the variables they are sent with', async () => {
      const page = (directive = '') => `providers(first: 100) ${directive} { edges { node { ${everyField} } } }`;
      const included = `query($on: Boolean!) { a: ${page()} b: ${page('@include(if: $on)')} }`;
      const skipped = `query($off: Boolean!) { a: ${page()} b: ${page('@skip(if: $off)')} }`;
      const statuses = [];
      for (const on of [false, true, false]) statuses.push((await graphql(context.app(), included, { on })).status);
      for (const off of [true, false]) statuses.push((await graphql(context.app(), skipped, { off })).status);

      expect(statuses).toEqual([200, 400, 200, 200, 400]);
    });

    // Mercurius compiles a document with graphql-jit on its second run, and skips its own check of the variables then.
    it.each([
      [
        'an unknown input field',
        'query($f: ProviderFilter) { providers(filter: $f) { totalCount } }',
        { f: { nope: 1 } },
      ],
      ['a string for an Int', 'query($n: Int) { providers(first: $n) { totalCount } }', { n: 'ten' }],
      ['a list for an Int', 'query($n: Int!) { providers(first: $n) { totalCount } }', { n: [] }],
      ['true for an input object', 'query($f: ProviderFilter) { providers(filter: $f) { totalCount } }', { f: true }],
    ])('refuses %s as bad input on every run of the document', async (_, query, variables) => {
      const runs = [];
      for (let run = 0; run < 4; run += 1) runs.push(await graphql(context.app(), query, variables));

      expect(runs.map((r) => [r.status, r.errors?.[0].extensions.code])).toEqual(
        Array(4).fill([400, 'BAD_USER_INPUT']),
      );
    });

    it('names the field of a wrongly typed variable without echoing its value', async () => {
      const response = await graphql(
        context.app(),
        'query($f: ProviderFilter) { providers(filter: $f) { totalCount } }',
        { f: { q: 5550100 } },
      );

      expect(response.status).toBe(400);
      expect(response.errors?.[0].message).toContain('"f.q"');
      expect(JSON.stringify(response.errors)).not.toContain('5550100');
    });

    it('answers the standard introspection query, which clients and code generators send', async () => {
      const introspection = await graphql<{ __schema: { queryType: { name: string } } }>(
        context.app(),
        getIntrospectionQuery(),
      );

      expect(introspection.status).toBe(200);
      expect(introspection.data?.__schema.queryType.name).toBe('Query');
    });

    it('refuses a non-UUID id and reports a missing listing as NOT_FOUND', async () => {
      const badId = await graphql(context.app(), '{ provider(id: "42") { id } }');
      expect(badId.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'id', reason: 'must be a UUID' }],
      });
      const missing = await graphql(context.app(), '{ provider(id: "6b0d2f4e-3f4c-4c39-9d43-5a1d0f6a2b11") { id } }');
      expect(missing.errors?.[0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'DIRECTORY.LISTING_NOT_FOUND',
      });
    });
  });
});
