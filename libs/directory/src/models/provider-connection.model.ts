import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ServedVia } from './enums';
import { Provider } from './provider.model';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ProviderEdge {
  @Field()
  cursor!: string;

  @Field(() => Provider)
  node!: Provider;

  @Field(() => [ServedVia], {
    description: 'How the provider serves the searched state (or serves at all, without a state)',
  })
  servesVia!: ServedVia[];

  @Field(() => Float, { nullable: true, description: 'Miles to the nearest practice location, with a ZIP search' })
  distanceMiles!: number | null;
}

@ObjectType()
export class ProviderConnection {
  @Field(() => [ProviderEdge])
  edges!: ProviderEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
