import { Connection } from '@app/shared';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { TOTAL_COUNT_CAP } from '../search/provider-search.sql';
import { ServedVia } from './enums';
import { Provider } from './provider.model';

/** A match with what the search found about it: how it serves the searched state and how far it is. */
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
export class ProviderConnection extends Connection(Provider, { order: 'Matches, in the order of `sort`' }) {
  @Field(() => [ProviderEdge], { description: 'The same matches, each with how it matched the search' })
  edges!: ProviderEdge[];

  @Field(() => Int, { description: `Matches, counted up to ${TOTAL_COUNT_CAP}` })
  totalCount!: number;

  @Field({ description: `False when there are more than ${TOTAL_COUNT_CAP} matches: show "${TOTAL_COUNT_CAP}+"` })
  totalCountIsExact!: boolean;
}
