import { ErrorCategory } from '@app/shared';
import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { QueryRejectedError } from './graphql-rejection';

/** Deep enough for every screen of the site (a referral's events, a listing's revisions), not for a nesting attack. */
export const MAX_QUERY_DEPTH = 8;

// Introspection is exempt: the schema is public anyway (apps/api/schema.gql), and the standard introspection query
// that code generators and API clients send is 15 levels deep.
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);
const depths = new WeakMap<DocumentNode, number>();

/** Mercurius preExecution hook: refuses queries nested deeper than MAX_QUERY_DEPTH, once per parsed document. */
export function rejectDeepQueries(_schema: unknown, document: DocumentNode): void {
  let depth = depths.get(document);
  if (depth === undefined) {
    depth = depthOf(document);
    depths.set(document, depth);
  }
  if (depth <= MAX_QUERY_DEPTH) return;
  throw new QueryRejectedError([
    new GraphQLError(`Query is nested too deeply (${depth}; at most ${MAX_QUERY_DEPTH})`, {
      extensions: { code: ErrorCategory.BAD_USER_INPUT, reason: 'GRAPHQL_QUERY_TOO_DEEP' },
    }),
  ]);
}

function depthOf(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return Math.max(0, ...operations.map((operation) => selectionDepth(operation.selectionSet, fragments, new Set())));
}

function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  return Math.max(
    0,
    ...selectionSet.selections.map((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION_FIELDS.has(selection.name.value)) return 0;
        return selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, visiting) : 1;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return selectionDepth(selection.selectionSet, fragments, visiting);
      const fragment = fragments.get(selection.name.value);
      // A fragment spread inside itself is refused by validation; here it just stops the walk.
      if (!fragment || visiting.has(fragment.name.value)) return 0;
      return selectionDepth(fragment.selectionSet, fragments, new Set([...visiting, fragment.name.value]));
    }),
  );
}
