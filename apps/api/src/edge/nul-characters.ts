import { ErrorCategory, InvalidInputError, presentError } from '@app/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from './api-paths';

const NUL = '\u0000';
// A GraphQL string literal can spell the character as an escape: "\u0000" or "\u{0}".
const ESCAPED_NUL = /\\u(0000|\{0+\})/i;
const REASON = 'must not contain a NUL character';

/** Paths of every string in a parsed value that holds a NUL character, e.g. `variables.input.client.name`. */
export function pathsWithNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsWithNul(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => pathsWithNul(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * Fastify preValidation hook: PostgreSQL cannot store a NUL character in text, so a string holding one is refused at
 * the edge, naming the field, for every route and GraphQL operation, before anything reads it. GraphQL answers in its
 * own shape; everything else in the API's `{ statusCode, code, message, details }`. The site's pages pass what they
 * are given to the API, and show its answer beside the field.
 */
export async function rejectNulCharacters(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!isApiPath(request.url)) return;
  const fields = [...pathsWithNul(request.query, ''), ...pathsWithNul(request.body, ''), ...escapedInQuery(request)];
  if (!fields.length) return;
  const { status, code, message, details } = presentError(
    new InvalidInputError(fields.map((field) => ({ field, reason: REASON }))),
  );
  await reply.status(status).send(
    isGraphql(request)
      ? {
          data: null,
          errors: [{ message, extensions: { code: ErrorCategory.BAD_USER_INPUT, reason: code, details } }],
        }
      : { statusCode: status, code, message, details },
  );
}

function escapedInQuery(request: FastifyRequest): string[] {
  const query = (request.body as { query?: unknown } | undefined)?.query;
  return isGraphql(request) && typeof query === 'string' && ESCAPED_NUL.test(query) ? ['query'] : [];
}

function isGraphql(request: FastifyRequest): boolean {
  return request.url.startsWith('/graphql');
}
