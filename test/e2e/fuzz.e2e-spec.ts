import { Role } from '@app/auth';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { aListing } from '@test/factories/listing.factory';
import { FUZZ_MARKER, FUZZ_NUMBER, fuzzCalls, HOSTILE_STRINGS } from '@test/support/graphql-fuzz';
import { useTestApp } from '@test/support/use-test-app';

const SEARCH_PARAMETERS = ['state', 'mode', 'category', 'specialty', 'zip', 'radiusMiles', 'q'].concat([
  'acceptingNewPatients',
  'telehealth',
  'language',
  'attribute',
  'insurance',
  'sort',
  'limit',
  'cursor',
]);

interface Failure {
  who: string;
  call: string;
  status: number;
  body: string;
}

describe('Fuzzing every GraphQL operation and the REST search with wrong, hostile and oversized values', () => {
  const logLines: string[] = [];
  const roles = [Role.THERAPIST, Role.PROVIDER, Role.ADMIN];
  const { app, account } = useTestApp({
    listings: [aListing(), aListing()],
    environment: { LOG_LEVEL: 'info' },
    logDestination: { write: (line: string) => void logLines.push(line) },
    signedIn: roles,
  });

  it('answers no GraphQL call with a 5xx or an internal error, whoever sends it', async () => {
    const calls = fuzzCalls(app().get(GraphQLSchemaHost).schema);
    const failures: Failure[] = [];
    const tokens = [['anonymous', ''], ...roles.map((role) => [role, account(role).token])];
    for (const [who, token] of tokens) {
      for (const call of calls) {
        const post = request(app().getHttpServer()).post('/graphql');
        if (token) post.set('Authorization', `Bearer ${token}`);
        const response = await post.send({ query: call.query, variables: call.variables });
        if (response.status >= 500 || response.text.includes('INTERNAL')) {
          failures.push({ who, call: call.label, status: response.status, body: response.text.slice(0, 300) });
        }
      }
    }

    expect(calls.length).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers no REST search, nor its page, with a 5xx', async () => {
    const values = [...HOSTILE_STRINGS, String(FUZZ_NUMBER), '-1', '1e309', 'true', '[]', '{}'];
    const failures: Failure[] = [];
    for (const parameter of SEARCH_PARAMETERS) {
      for (const value of values) {
        for (const path of ['/api/v1/providers', '/search']) {
          const response = await request(app().getHttpServer())
            .get(path)
            .query({ [parameter]: value });
          if (response.status >= 500) {
            failures.push({ who: path, call: `${parameter}=${value.slice(0, 40)}`, status: response.status, body: '' });
          }
        }
      }
      const repeated = new URLSearchParams(Array.from({ length: 200 }, (): [string, string] => [parameter, 'es']));
      const many = await request(app().getHttpServer()).get(`/api/v1/providers?${repeated.toString()}`);
      if (many.status >= 500) failures.push({ who: 'REST', call: `${parameter}×200`, status: many.status, body: '' });
    }

    expect(failures).toEqual([]);
  }, 120_000);

  it('writes nothing it was sent to the log', () => {
    const log = logLines.join('');

    expect(logLines.length).toBeGreaterThan(100);
    expect(log).not.toContain(FUZZ_MARKER);
    expect(log).not.toContain(String(FUZZ_NUMBER));
  });
});
