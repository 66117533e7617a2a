import { ErrorCategory } from '@app/shared';
import { GraphQLFormattedError } from 'graphql';

export interface RequestRefusal {
  status: number;
  error: GraphQLFormattedError;
}

type FastifyFailure = { statusCode?: unknown; code?: unknown };

// Fastify's own messages may quote the body (a JSON parse error shows its first characters): these say the same
// without it.
const MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large (at most 256 KB)',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body does not match its Content-Length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
};

/**
 * An address over its rate limit (429 with Retry-After, set by the limiter), or a request body Fastify could not take (too large, not JSON, empty) before GraphQL saw it: its own 4xx status and a
 * message that says what to send instead. The content type and the body's shape are checked at the edge.
 */
export function requestRefusalOf(failure: FastifyFailure | undefined): RequestRefusal | undefined {
  const status = failure?.statusCode;
  const code = typeof failure?.code === 'string' ? failure.code : '';
  if (code === 'RATE_LIMITED' && typeof status === 'number') {
    const message = (failure as Error).message;
    return { status, error: { message, extensions: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED' } } };
  }
  // GraphQL's own refusals (validation, cost) carry a 400 too, and keep their reasons.
  const fromHttpLayer = code.startsWith('FST_') || failure instanceof SyntaxError;
  if (!fromHttpLayer || typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const message =
    MESSAGES[code] ?? (failure instanceof SyntaxError ? MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY : undefined);
  return {
    status,
    error: {
      message: message ?? 'The request could not be read as a GraphQL request',
      extensions: { code: ErrorCategory.BAD_USER_INPUT, reason: `HTTP.${status}` },
    },
  };
}
