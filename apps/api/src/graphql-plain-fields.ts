import { GraphQLSchema, isObjectType } from 'graphql';

// The name of the resolver @nestjs/graphql gives every @Field that has no resolver or middleware of its own: it reads
// the property of the same name, which is what GraphQL does when a field has no resolver. (It also fills in an output
// field's `defaultValue`; the API's models declare none and map every value themselves.)
const NEST_PROPERTY_READER = 'rootFieldResolver';

/**
 * Removes the property-reading resolvers Nest puts on plain object fields. A field without a resolver is compiled by
 * graphql-jit into a direct property read; with one, every field of every listing in a page becomes a function call
 * with its own error handling. Fields with a real resolver (@ResolveField, middleware) keep it.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_READER) field.resolve = undefined;
    }
  }
  return schema;
}
