import { ErrorCategory } from '@app/shared';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

type Execution = { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
type Formatted = {
  statusCode: number;
  response: { data: Record<string, unknown> | null; errors: GraphQLFormattedError[] };
};

const REJECTED_BY_GRAPHQL = { code: ErrorCategory.BAD_USER_INPUT, reason: 'GRAPHQL_VALIDATION_FAILED' };

/** Mercurius wraps parse and validation failures in one error whose `errors` lists them. */
function validationFailuresOf(error: GraphQLError): GraphQLError[] | undefined {
  const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(nested) ? (nested as GraphQLError[]) : undefined;
}

/**
 * Mercurius error formatter. Resolver errors already carry extensions from ApiExceptionFilter; failures raised by
 * GraphQL itself (syntax, unknown field, bad enum value, a variable of the wrong shape) are bad input, with HTTP 400.
 */
export function formatGraphqlErrors(execution: Execution): Formatted {
  let rejectedBeforeExecution = false;
  const errors = (execution.errors ?? []).flatMap((error) => {
    const failures = validationFailuresOf(error) ?? (isRaisedByGraphql(error) ? [error] : undefined);
    if (!failures) return [formatExecutionError(error)];
    rejectedBeforeExecution = true;
    return failures.map(formatValidationFailure);
  });
  return { statusCode: rejectedBeforeExecution ? 400 : 200, response: { data: execution.data ?? null, errors } };
}

// Errors from resolvers always wrap what was thrown; GraphQL's own (variable coercion) wrap nothing.
function isRaisedByGraphql(error: GraphQLError): boolean {
  return !error.originalError && !error.path;
}

type Raised = Error & { extensions?: Record<string, unknown>; originalError?: Raised };

/** The extensions set where the error was raised: GraphQL layers may wrap it once or twice on the way out. */
function raisedExtensions(error: Raised | undefined): Record<string, unknown> | undefined {
  if (!error) return undefined;
  return error.extensions?.code ? error.extensions : raisedExtensions(error.originalError);
}

// GraphQL quotes a refused variable in full; for a referral that would echo a client's name, contact and note.
function withoutEchoedValues(message: string): string {
  return message
    .replace(/ got invalid value [\s\S]*?; /, ' got an invalid value; ')
    .replace(/ got invalid value [\s\S]*$/, ' got an invalid value.');
}

function formatValidationFailure(error: GraphQLError): GraphQLFormattedError {
  return {
    message: withoutEchoedValues(error.message),
    locations: error.locations,
    extensions: raisedExtensions(error) ?? REJECTED_BY_GRAPHQL,
  };
}

function formatExecutionError(error: GraphQLError): GraphQLFormattedError {
  const extensions = raisedExtensions(error);
  if (extensions) return { message: error.message, locations: error.locations, path: error.path, extensions };
  // Anything that escaped ApiExceptionFilter is unexpected: never show its message.
  return { message: 'Internal server error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
