import { Role } from '@app/auth';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { aListing } from '@test/factories/listing.factory';
import { signedInAccount } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { FUZZ_MARKER, FUZZ_NUMBER, fuzzCalls, HOSTILE_STRINGS } from '@test/support/graphql-fuzz';
import { startTestApp } from '@test/support/test-app';
import { TestDatabase } from '@test/support/test-database';

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
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const tokens: Record<string, string> = { anonymous: '' };

  beforeAll(async () => {
    database = await TestDatabase.create();
    await insertListings(database, [aListing(), aListing()]);
    app = await startTestApp(
      database,
      { LOG_LEVEL: 'info' },
      { logDestination: { write: (line: string) => void logLines.push(line) } },
    );
    for (const role of [Role.THERAPIST, Role.PROVIDER, Role.ADMIN]) {
      tokens[role] = (await signedInAccount(app, database, role)).token;
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers no GraphQL call with a 5xx or an internal error, whoever sends it', async () => {
    const calls = fuzzCalls(app.get(GraphQLSchemaHost).schema);
    const failures: Failure[] = [];
    for (const [who, token] of Object.entries(tokens)) {
      for (const call of calls) {
        const post = request(app.getHttpServer()).post('/graphql');
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
          const response = await request(app.getHttpServer())
            .get(path)
            .query({ [parameter]: value });
          if (response.status >= 500) {
            failures.push({ who: path, call: `${parameter}=${value.slice(0, 40)}`, status: response.status, body: '' });
          }
        }
      }
      const repeated = new URLSearchParams(Array.from({ length: 200 }, (): [string, string] => [parameter, 'es']));
      const many = await request(app.getHttpServer()).get(`/api/v1/providers?${repeated.toString()}`);
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
