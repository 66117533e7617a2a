import request from 'supertest';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

describe('In production', () => {
  const context = useTestApp({ environment: { NODE_ENV: 'production', API_DOCS: 'false' } });
  const app = () => context.app().getHttpServer();

  it('serves no GraphiQL, and no API docs when API_DOCS is false', async () => {
    await request(app()).get('/graphiql').expect(404);
    await request(app()).get('/api/docs').expect(404);
    await request(app()).get('/api/docs/json').expect(404);
  });

  it('gives no "Did you mean" hints about the schema', async () => {
    const typo = await graphql(context.app(), '{ providr { id } }');

    expect(typo.status).toBe(400);
    expect(typo.errors?.[0].message).toBe('Cannot query field "providr" on type "Query".');
  });
});
