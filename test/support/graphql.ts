import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions: { code: string; reason?: string; details?: Array<{ field: string; reason: string }> };
  }>;
}

/** What every list query answers. */
export interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Posts one GraphQL operation; `token` adds a bearer header. */
export async function graphql<T = Record<string, unknown>>(
  app: NestFastifyApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlResponse<T>> {
  const call = request(app.getHttpServer()).post('/graphql').send({ query, variables });
  if (token) call.set('Authorization', `Bearer ${token}`);
  const response = await call;
  return { status: response.status, data: response.body.data ?? null, errors: response.body.errors };
}
