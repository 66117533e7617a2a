import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';

/** In every hostile value, so a test can tell whether anything it sent reached the log. */
export const FUZZ_MARKER = 'FZ9QX';
/** Sent where a string belongs: a number that reads like a phone number, as a wrong-typed client detail would. */
export const FUZZ_NUMBER = 5550107;

export const HOSTILE_STRINGS = [
  `${FUZZ_MARKER}'; DROP TABLE accounts; --`,
  `${FUZZ_MARKER}\u0000after-a-nul`,
  `${FUZZ_MARKER}<script>alert(1)</script>`,
  `${FUZZ_MARKER}${'x'.repeat(20_000)}`,
  `${FUZZ_MARKER} \u202e ñ 🏳️‍⚧️ \ud800`,
  `${FUZZ_MARKER}%00%27\\u0000`,
];

type Variant = 'wrong type' | 'null' | 'oversized' | { text: string };

export interface FuzzCall {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

const VARIANTS: Variant[] = ['wrong type', 'null', 'oversized', ...HOSTILE_STRINGS.map((text) => ({ text }))];

/** One call per root field of the schema and per variant: every argument wrong-typed, null, oversized or hostile. */
export function fuzzCalls(schema: GraphQLSchema): FuzzCall[] {
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((root): root is GraphQLObjectType => !!root);
  return roots.flatMap((root) =>
    Object.values(root.getFields())
      .filter((field) => field.args.length > 0)
      .flatMap((field) => VARIANTS.map((variant) => callFor(root, field, variant))),
  );
}

function callFor(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>, variant: Variant): FuzzCall {
  const operation = root.name === 'Mutation' ? 'mutation' : 'query';
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    label: `${field.name} (${typeof variant === 'string' ? variant : JSON.stringify(variant.text.slice(0, 40))})`,
    query: `${operation} Fuzz(${definitions}) { ${field.name}(${args})${selection} }`,
    variables: Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, variant, 0)])),
  };
}

function valueFor(type: GraphQLInputType, variant: Variant, depth: number): unknown {
  if (isNonNullType(type)) return variant === 'null' ? null : valueFor(type.ofType, variant, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType, variant, depth);
    if (variant === 'wrong type') return item;
    return variant === 'oversized' ? Array.from({ length: 500 }, () => item) : [item];
  }
  if (isInputObjectType(type)) {
    if (variant === 'wrong type') return true;
    if (depth > 4) return {};
    const fields = Object.values(type.getFields());
    return Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, variant, depth + 1)]));
  }
  if (isEnumType(type)) return variant === 'wrong type' ? `${FUZZ_MARKER}-not-a-value` : type.getValues()[0].name;
  return scalarFor(type.name, variant);
}

function scalarFor(name: string, variant: Variant): unknown {
  const text =
    typeof variant === 'object' ? variant.text : `${FUZZ_MARKER}${'y'.repeat(variant === 'oversized' ? 50_000 : 8)}`;
  switch (name) {
    case 'Int':
      return variant === 'wrong type' ? text : variant === 'oversized' ? 2_147_483_647 : -1;
    case 'Float':
      return variant === 'wrong type' ? text : variant === 'oversized' ? 1e308 : -1.5;
    case 'Boolean':
      return variant === 'wrong type' ? text : true;
    default:
      return variant === 'wrong type' ? FUZZ_NUMBER : text;
  }
}
