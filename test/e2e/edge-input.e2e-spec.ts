import request from 'supertest';
import { graphql } from '../support/graphql';
import { useTestApp } from '../support/use-test-app';

const nulProblem = (field: string) => ({ field, reason: 'must not contain a NUL character' });

describe('A NUL character anywhere in a string is bad input, refused at the edge', () => {
  const context = useTestApp();
  const app = () => context.app().getHttpServer();

  it('in a REST query parameter', async () => {
    const response = await request(app()).get('/api/v1/providers?q=ab%00cd').expect(400);

    expect(response.body).toMatchObject({ code: 'INPUT.INVALID', details: [nulProblem('q')] });
  });

  it('in a GraphQL string literal', async () => {
    const response = await graphql(
      context.app(),
      'mutation { logIn(email: "x\\u0000@example.test", password: "long enough password") { accessToken } }',
    );

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [nulProblem('query')] });
  });

  it('in a GraphQL variable, named by its path', async () => {
    const response = await graphql(context.app(), 'mutation($input: SignUpInput!) { signUp(input: $input) { id } }', {
      input: { displayName: 'a\u0000b', email: 'nul@example.test', password: 'long enough password', role: 'PROVIDER' },
    });

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.details).toEqual([nulProblem('variables.input.displayName')]);
    const accounts = await context.database().client();
    const { rowCount } = await accounts.query(`SELECT 1 FROM accounts WHERE email = 'nul@example.test'`);
    await accounts.end();
    expect(rowCount).toBe(0);
  });

  it('through the site, shown beside the field', async () => {
    const page = await request(app()).get('/search?q=ab%00cd').expect(400);

    expect(page.text).toContain('id="search-q-error"');
  });
});
