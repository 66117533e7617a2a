import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { Page, PageInfo } from './page';

export interface ConnectionOptions {
  /** The order of the nodes, e.g. "Oldest first". */
  order?: string;
}

/**
 * The GraphQL shape of every list: `nodes` and the shared `pageInfo`. A list names its own type by extending it:
 * `@ObjectType() class AccountConnection extends Connection(Account) {}`; only a list whose nodes carry data of
 * their own per result adds `edges`, and only one whose count is cheap adds a `totalCount`.
 */
export function Connection<TNode>(nodeType: Type<TNode>, { order }: ConnectionOptions = {}) {
  @ObjectType({ isAbstract: true })
  abstract class NodeConnection implements Page<TNode> {
    @Field(() => [nodeType], { description: order })
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return NodeConnection;
}
