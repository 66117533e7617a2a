import { ErrorCategory } from '@app/shared';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { requestRefusalOf } from './request-refusal';

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

export interface GraphqlErrorOptions {
  /** Keep GraphQL's "Did you mean …?" suggestions (outside production). */
  suggestions: boolean;
}

/**
 * Mercurius error formatter. Resolver errors already carry extensions from ApiExceptionFilter; failures raised by
 * GraphQL itself (syntax, unknown field, bad enum value, a variable of the wrong shape) are bad input, with HTTP 400.
 */
export function graphqlErrorFormatter({ suggestions }: GraphqlErrorOptions): (execution: Execution) => Formatted {
  return (execution) => {
    const refusal = requestRefusalOf(execution.errors?.[0]?.originalError as never);
    if (refusal) return { statusCode: refusal.status, response: { data: null, errors: [refusal.error] } };
    let rejectedBeforeExecution = false;
    const errors = (execution.errors ?? []).flatMap((error) => {
      const failures = validationFailuresOf(error) ?? (isRaisedByGraphql(error) ? [error] : undefined);
      if (!failures) return [formatExecutionError(error)];
      rejectedBeforeExecution = true;
      return failures.map((failure) => formatValidationFailure(failure, suggestions));
    });
    return { statusCode: rejectedBeforeExecution ? 400 : 200, response: { data: execution.data ?? null, errors } };
  };
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

// GraphQL quotes a refused value in full: after "got invalid value", after "cannot represent … value:", and in "Value …
// does not exist in … enum". For a referral that would echo a client's name, contact and note. The field's path and
// the problem stay.
function withoutEchoedValues(message: string): string {
  return message
    .replace(/ got invalid value [\s\S]*? at ("[^"]*"); /, ' got an invalid value at $1; ')
    .replace(/ got invalid value [\s\S]*?; /, ' got an invalid value; ')
    .replace(/ got invalid value [\s\S]*$/, ' got an invalid value.')
    .replace(/(cannot represent [^:;]*value): [\s\S]*$/, '$1.')
    .replace(/(Expected value of type "[^"]*"), found [\s\S]*$/, '$1.')
    .replace(/Value [\s\S]*? does not exist in ("[^"]*") enum\./, 'the value is not one of $1.');
}

// "Did you mean …?" lists names of the schema near a mistyped one: a help while developing, not in production.
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [\s\S]*?\?/g, '').trim();
}

function formatValidationFailure(error: GraphQLError, suggestions: boolean): GraphQLFormattedError {
  const message = withoutEchoedValues(error.message);
  return {
    message: suggestions ? message : withoutSuggestions(message),
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
