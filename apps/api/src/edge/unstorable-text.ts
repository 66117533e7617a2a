import { ErrorCategory, InvalidInputError, presentError } from '@app/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from './api-paths';

const NUL = '\u0000';
// A GraphQL string literal can spell the character as an escape: "\u0000" or "\u{0}".
const ESCAPED_NUL = /\\u(0000|\{0+\})/i;
// Half of a UTF-16 pair without its other half is no character at all: no encoder takes it (the email check threw).
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface FieldProblem {
  field: string;
  reason: string;
}

function problemOf(text: string, field: string): FieldProblem[] {
  if (text.includes(NUL)) return [{ field, reason: 'must not contain a NUL character' }];
  if (UNPAIRED_SURROGATE.test(text)) return [{ field, reason: 'must be valid Unicode text' }];
  return [];
}

/** Every string in a parsed value that cannot be stored as text, by its path, e.g. `variables.input.client.name`. */
export function unstorableStrings(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') return problemOf(value, path);
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableStrings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unstorableStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * Fastify preValidation hook: PostgreSQL cannot store a NUL character in text, and half a surrogate pair is not text
 * at all, so a string holding either is refused at the edge, naming the field, for every route and GraphQL operation, before anything reads it. GraphQL answers in its
 * own shape; everything else in the API's `{ statusCode, code, message, details }`. The site's pages pass what they
 * are given to the API, and show its answer beside the field.
 */
export async function rejectUnstorableText(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!isApiPath(request.url)) return;
  const problems = [
    ...unstorableStrings(request.query, ''),
    ...unstorableStrings(request.body, ''),
    ...escapedNulInQuery(request),
  ];
  if (!problems.length) return;
  const { status, code, message, details } = presentError(new InvalidInputError(problems));
  await reply.status(status).send(
    isGraphql(request)
      ? {
          data: null,
          errors: [{ message, extensions: { code: ErrorCategory.BAD_USER_INPUT, reason: code, details } }],
        }
      : { statusCode: status, code, message, details },
  );
}

function escapedNulInQuery(request: FastifyRequest): FieldProblem[] {
  const query = (request.body as { query?: unknown } | undefined)?.query;
  const escaped = isGraphql(request) && typeof query === 'string' && ESCAPED_NUL.test(query);
  return escaped ? [{ field: 'query', reason: 'must not contain a NUL character' }] : [];
}

function isGraphql(request: FastifyRequest): boolean {
  return request.url.startsWith('/graphql');
}
