import {
  astFromValue,
  DocumentNode,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';

type Variables = Record<string, unknown>;

/**
 * Mercurius preExecution hook: writes an input field's schema default into the variables that leave the field out.
 * Every query here runs compiled by graphql-jit, which reports an omitted non-null input field with a default
 * (`accommodations: [String!]! = []`) as missing; the GraphQL spec, and graphql-js, use the default. Literal
 * arguments are not affected, and variables that are complete pass through untouched.
 */
export function fillOmittedInputDefaults(
  schema: GraphQLSchema,
  document: DocumentNode,
  _context: unknown,
  variables: Variables | undefined,
): { variables: Variables } | undefined {
  if (!variables) return undefined;
  const defaulted = variablesWithDefaultedFields(schema, document);
  if (!defaulted.length) return undefined;
  const filled = { ...variables };
  for (const { name, type } of defaulted) {
    if (filled[name] !== undefined) filled[name] = withDefaults(filled[name], type);
  }
  return { variables: filled };
}

interface VariableType {
  name: string;
  type: GraphQLInputType;
}

// Mercurius hands every repetition of a query the same parsed document, so each is looked through once.
const defaultedVariables = new WeakMap<DocumentNode, VariableType[]>();

function variablesWithDefaultedFields(schema: GraphQLSchema, document: DocumentNode): VariableType[] {
  let found = defaultedVariables.get(document);
  if (!found) {
    found = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? []).flatMap(({ variable, type: typeNode }) => {
            const type = typeFromAST(schema, typeNode) as GraphQLInputType | undefined;
            return type && hasDefaultedField(type) ? [{ name: variable.name.value, type }] : [];
          })
        : [],
    );
    defaultedVariables.set(document, found);
  }
  return found;
}

function hasDefaultedField(type: GraphQLInputType, seen = new Set<GraphQLInputObjectType>()): boolean {
  if (isNonNullType(type) || isListType(type)) return hasDefaultedField(type.ofType, seen);
  if (!isInputObjectType(type) || seen.has(type)) return false;
  seen.add(type);
  return Object.values(type.getFields()).some(
    (field) => field.defaultValue !== undefined || hasDefaultedField(field.type, seen),
  );
}

function withDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return withDefaults(value, type.ofType);
  // A single value where a list is expected stands for a list of one (GraphQL's input coercion).
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((item) => withDefaults(item, type.ofType))
      : withDefaults(value, type.ofType);
  }
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const filled: Variables = { ...(value as Variables) };
  for (const field of Object.values(type.getFields())) {
    if (field.name in filled) filled[field.name] = withDefaults(filled[field.name], field.type);
    else if (field.defaultValue !== undefined) filled[field.name] = asVariableValue(field.defaultValue, field.type);
  }
  return filled;
}

// A default is kept in its internal form (an enum's value, not its name); variables carry the form clients send.
function asVariableValue(internal: unknown, type: GraphQLInputType): unknown {
  const literal = astFromValue(internal, type);
  return literal ? valueFromASTUntyped(literal) : null;
}
