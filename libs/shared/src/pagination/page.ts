import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a page ends and whether another follows' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page' })
  endCursor!: string | null;
}

/** One page of a list: what every list query returns, and what its GraphQL connection type exposes. */
export interface Page<TNode> {
  nodes: TNode[];
  pageInfo: PageInfo;
}

/** Which page to read: its size (DEFAULT_PAGE_SIZE when omitted) and the endCursor of the page before. */
export interface PageRequest {
  first?: number;
  after?: string;
}

export function emptyPage<TNode>(): Page<TNode> {
  return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
}

export function mapNodes<TFrom, TTo>(page: Page<TFrom>, toNode: (node: TFrom) => TTo): Page<TTo> {
  return { nodes: page.nodes.map(toNode), pageInfo: page.pageInfo };
}
