import { GraphQLError } from 'graphql';

/** Carries rejections the way Mercurius reports parse and validation failures (`errors`, HTTP 400). */
export class QueryRejectedError extends Error {
  readonly statusCode = 400;

  constructor(readonly errors: GraphQLError[]) {
    super('GraphQL query rejected');
  }
}
