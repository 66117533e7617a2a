import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { useTestApp } from '../support/use-test-app';

describe('Health, API docs and the committed GraphQL schema', () => {
  const context = useTestApp();
  const app = () => context.app().getHttpServer();

  it('reports liveness and readiness with the database checked', async () => {
    await request(app()).get('/health/live').expect(200);
    const ready = await request(app()).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI document and its UI', async () => {
    const document = await request(app()).get('/api/docs/json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/providers',
        '/api/v1/providers/{id}',
        '/api/v1/specialties',
        '/api/v1/care-attributes',
      ]),
    );
    await request(app()).get('/api/docs').expect(200);
  });

  it('documents the error answers of the REST routes', async () => {
    const document = await request(app()).get('/api/docs/json').expect(200);
    const errorSchema = (path: string, status: string) =>
      document.body.paths[path].get.responses[status]?.content['application/json'].schema.$ref;

    expect(errorSchema('/api/v1/providers', '400')).toBe('#/components/schemas/ApiErrorBody');
    expect(errorSchema('/api/v1/providers/{id}', '404')).toBe('#/components/schemas/ApiErrorBody');
    expect(errorSchema('/api/v1/providers', '429')).toBe('#/components/schemas/ApiErrorBody');
    expect(errorSchema('/api/v1/states', '500')).toBe('#/components/schemas/ApiErrorBody');
    expect(Object.keys(document.body.components.schemas.ApiErrorBody.properties)).toEqual([
      'statusCode',
      'code',
      'message',
      'details',
    ]);
  });

  it('matches the committed apps/api/schema.gql (run `npm start` in development to regenerate it)', () => {
    const schema = context.app().get(GraphQLSchemaHost).schema;
    const committed = readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8');
    const withoutComments = (sdl: string) => sdl.replace(/^#.*$/gm, '').trim();
    expect(withoutComments(committed)).toBe(withoutComments(printSchema(lexicographicSortSchema(schema))));
  });

  it('answers every paged query with a connection: nodes and the shared pageInfo', () => {
    const queries = Object.values(context.app().get(GraphQLSchemaHost).schema.getQueryType()!.getFields());
    const paged = queries.filter((query) => query.args.some((arg) => arg.name === 'after'));
    expect(paged.map((query) => query.name)).toEqual(
      expect.arrayContaining(['providers', 'accounts', 'sentReferrals']),
    );
    for (const query of paged) {
      const fields = (getNamedType(query.type) as GraphQLObjectType).getFields();
      const shape = { query: query.name, nodes: String(fields.nodes?.type), pageInfo: String(fields.pageInfo?.type) };
      expect(shape).toEqual({ query: query.name, nodes: expect.stringMatching(/^\[\w+!\]!$/), pageInfo: 'PageInfo!' });
    }
  });

  it('reads plain object fields as properties and keeps the resolvers that do work', () => {
    const schema = context.app().get(GraphQLSchemaHost).schema;
    const fieldsOf = (typeName: string) => Object.values((schema.getType(typeName) as GraphQLObjectType).getFields());
    const plainTypes = ['Provider', 'ProviderEdge', 'ProviderConnection', 'PracticeLocation', 'ProviderSpecialty'];
    for (const field of plainTypes.flatMap(fieldsOf))
      expect({ field: field.name, resolve: field.resolve }).toEqual({ field: field.name, resolve: undefined });
    for (const field of fieldsOf('Query'))
      expect({ field: field.name, resolves: typeof field.resolve }).toEqual({
        field: field.name,
        resolves: 'function',
      });
  });
});
