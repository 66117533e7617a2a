import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { QueryRejectedError } from './graphql-rejection';

type RequestContext = { reply?: { request?: { body?: unknown } } };

/**
 * Mercurius preExecution hook, first of all: refuses variables that do not fit their declared types. Mercurius checks
 * them itself on every run but one, the run that compiles the query with graphql-jit; on that run a wrong variable
 * would reach the other hooks and the compiled query and come back as an internal error.
 */
export function rejectInvalidVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  context: RequestContext,
  variables: Record<string, unknown> | undefined,
): void {
  const operation = getOperationAST(document, operationNameOf(context));
  if (!operation) return;
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 20 });
  if (errors?.length) throw new QueryRejectedError(errors.map((error) => new GraphQLError(error.message, error)));
}

function operationNameOf(context: RequestContext): string | undefined {
  const body = context.reply?.request?.body as { operationName?: unknown } | undefined;
  return typeof body?.operationName === 'string' ? body.operationName : undefined;
}
