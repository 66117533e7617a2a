import { ErrorCategory } from '@app/shared';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** A page of 100 listings with every field costs ~5,300: one such query passes, a batch of them does not. */
export const MAX_QUERY_COMPLEXITY = 6000;

/** Carries rejections the way Mercurius reports parse and validation failures (`errors`, HTTP 400). */
class QueryRejectedError extends Error {
  readonly statusCode = 400;

  constructor(readonly errors: GraphQLError[]) {
    super('GraphQL query rejected');
  }
}

/**
 * Mercurius preExecution hook: refuses over-costly queries (aliases can repeat an expensive field many times)
 * before any resolver runs. A hook, not a validation rule, so Mercurius keeps caching parsed queries.
 */
export function rejectOverlyComplexQueries(
  schema: GraphQLSchema,
  document: DocumentNode,
  _context: unknown,
  variables: Record<string, unknown> | undefined,
): void {
  const complexity = getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (complexity <= MAX_QUERY_COMPLEXITY) return;
  throw new QueryRejectedError([
    new GraphQLError(
      `Query is too complex (${complexity}; at most ${MAX_QUERY_COMPLEXITY}): ask for fewer fields or smaller pages`,
      {
        extensions: { code: ErrorCategory.BAD_USER_INPUT, reason: 'GRAPHQL_QUERY_TOO_COMPLEX' },
      },
    ),
  ]);
}
