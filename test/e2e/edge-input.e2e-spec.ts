import request from 'supertest';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

const nulProblem = (field: string) => ({ field, reason: 'must not contain a NUL character' });

describe('A NUL character or half a surrogate pair anywhere in a string is bad input, refused at the edge', () => {
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
    const response = await graphql(
      context.app(),
      'mutation($input: SignUpInput!) { signUp(input: $input) { email } }',
      {
        input: {
          displayName: 'a\u0000b',
          email: 'nul@example.test',
          password: 'long enough password',
          role: 'PROVIDER',
        },
      },
    );

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.details).toEqual([nulProblem('variables.input.displayName')]);
    const accounts = await context.database().client();
    const { rowCount } = await accounts.query(`SELECT 1 FROM accounts WHERE email = 'nul@example.test'`);
    await accounts.end();
    expect(rowCount).toBe(0);
  });

  it('and half a surrogate pair is refused the same way', async () => {
    const response = await graphql(
      context.app(),
      'mutation($input: SignUpInput!) { signUp(input: $input) { email } }',
      {
        input: { displayName: 'Ok', email: 'a\ud800@example.test', password: 'long enough password', role: 'PROVIDER' },
      },
    );

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions.details).toEqual([
      { field: 'variables.input.email', reason: 'must be valid Unicode text' },
    ]);
  });

  it('through the site, shown beside the field', async () => {
    const page = await request(app()).get('/search?q=ab%00cd').expect(400);

    expect(page.text).toContain('id="search-q-error"');
  });
});

describe('A GraphQL request the HTTP layer cannot read is a 4xx that says what to send', () => {
  const context = useTestApp();
  const post = () => request(context.app().getHttpServer()).post('/graphql');

  it.each([
    ['no content type', () => post().set('Content-Type', '').send('{"query":"{ languages { code } }"}'), 415],
    ['a form body', () => post().type('form').send('query=x'), 415],
    ['malformed JSON', () => post().set('Content-Type', 'application/json').send('{"query": '), 400],
    ['a query that is not a string', () => post().send({ query: 5 }), 400],
    ['an empty JSON body', () => post().set('Content-Type', 'application/json').send(''), 400],
    ['a body over the limit', () => post().send({ query: `{ languages { code } } #${'a'.repeat(300_000)}` }), 413],
  ])('%s', async (_, send, status) => {
    const response = await send();

    expect(response.status).toBe(status);
    expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: `HTTP.${status}` });
    expect(response.body.errors[0].message).not.toMatch(/internal/i);
  });
});
