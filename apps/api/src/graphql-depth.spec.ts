import { getIntrospectionQuery, parse } from 'graphql';
import { rejectDeepQueries } from './graphql-depth';

const nested = (levels: number) => `{ ${'a { '.repeat(levels - 1)}b${' }'.repeat(levels - 1)} }`;

describe('rejectDeepQueries', () => {
  const sut = (query: string) => () => rejectDeepQueries(undefined, parse(query));

  it('lets a query of 8 levels through and refuses 9', () => {
    expect(sut(nested(8))).not.toThrow();
    expect(sut(nested(9))).toThrow('GraphQL query rejected');
  });

  it('counts the levels that fragments add', () => {
    const query = `{ a { ...f } } fragment f on T { a { a { a { a { a { a { a { b } } } } } } } }`;

    expect(sut(query)).toThrow('GraphQL query rejected');
  });

  it('exempts introspection, whose standard query is 15 levels deep', () => {
    expect(sut(getIntrospectionQuery())).not.toThrow();
  });

  it('stops at a fragment that spreads itself', () => {
    expect(sut('{ a { ...f } } fragment f on T { a { ...f } }')).not.toThrow();
  });
});
