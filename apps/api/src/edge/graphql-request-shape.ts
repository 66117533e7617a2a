import { ErrorCategory } from '@app/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Refusal {
  status: number;
  message: string;
}

/**
 * Fastify preValidation hook for `POST /graphql`: a request GraphQL cannot read is refused with the 4xx that says why,
 * in GraphQL's answer shape, rather than reaching the engine and coming back as an internal error.
 */
export async function refuseUnreadableGraphqlRequests(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.method !== 'POST' || !request.url.startsWith('/graphql')) return;
  const refusal = refusalOf(request);
  if (!refusal) return;
  await reply.status(refusal.status).send({
    data: null,
    errors: [
      {
        message: refusal.message,
        extensions: { code: ErrorCategory.BAD_USER_INPUT, reason: `HTTP.${refusal.status}` },
      },
    ],
  });
}

function refusalOf(request: FastifyRequest): Refusal | undefined {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, message: 'Send GraphQL requests as JSON, with Content-Type: application/json' };
  }
  const body = request.body as Record<string, unknown> | null;
  const shaped =
    typeof body === 'object' &&
    body !== null &&
    typeof body.query === 'string' &&
    isOptional(body.variables, (value) => typeof value === 'object' && !Array.isArray(value)) &&
    isOptional(body.operationName, (value) => typeof value === 'string');
  if (!shaped) {
    return {
      status: 400,
      message: 'The request body must be { "query": string, "variables"?: object, "operationName"?: string }',
    };
  }
  return undefined;
}

function isOptional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || value === null || check(value);
}
