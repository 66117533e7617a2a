import { PageInfo } from '@app/shared';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { TOTAL_COUNT_CAP } from '../search/provider-search.sql';
import { ServedVia } from './enums';
import { Provider } from './provider.model';

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

  @Field(() => Int, { description: `Matches, counted up to ${TOTAL_COUNT_CAP}` })
  totalCount!: number;

  @Field({ description: `False when there are more than ${TOTAL_COUNT_CAP} matches: show "${TOTAL_COUNT_CAP}+"` })
  totalCountIsExact!: boolean;
}
