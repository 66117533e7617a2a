import { ErrorCategory } from '@app/shared';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, TypeNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { QueryRejectedError } from './graphql-rejection';

/** A page of 100 listings with every field costs ~5,300: one such query passes, a batch of them does not. */
export const MAX_QUERY_COMPLEXITY = 6000;

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
  const complexity = complexityOf(schema, document, variables ?? {});
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

// Walking a query with its schema costs about a quarter of a millisecond, as much as the rest of a small search's
// GraphQL work. Mercurius hands every repetition of a query the same parsed document, and a query's cost depends on
// the document and on the variables that change what runs: page sizes (every complexity function of the schema reads
// `first`, an Int) and the Booleans of @include and @skip, which switch whole fields on and off. The cost is kept per
// document and the values of those variables; a document keeps at most COSTS_PER_DOCUMENT of them.
const COSTS_PER_DOCUMENT = 100;
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();

function complexityOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  const costs = knownCosts.get(document) ?? new Map<string, number>();
  knownCosts.set(document, costs);
  const key = JSON.stringify(costVariableNames(document).map((name) => variables[name] ?? null));
  const known = costs.get(key);
  if (known !== undefined) return known;
  const complexity = getComplexity({
    schema,
    query: document,
    variables,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (costs.size < COSTS_PER_DOCUMENT) costs.set(key, complexity);
  return complexity;
}

const COST_VARIABLE_TYPES = new Set(['Int', 'Boolean']);

function costVariableNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? (definition.variableDefinitions ?? [])
          .filter((variable) => COST_VARIABLE_TYPES.has(namedType(variable.type)))
          .map((variable) => variable.variable.name.value)
      : [],
  );
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
