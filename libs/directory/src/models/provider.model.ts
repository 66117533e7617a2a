import { UsState } from '@app/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ListingProfile } from './listing-profile.model';
import { PracticeLocation } from './provider-parts.model';

@ObjectType({ description: 'A vetted, approved public listing' })
export class Provider extends ListingProfile {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name as the provider wants it shown, with credentials' })
  displayName!: string;

  @Field({ description: 'The chosen first name when the provider gave one' })
  firstName!: string;

  @Field(() => [UsState], { description: 'States with an active, verified license where telehealth is offered' })
  telehealthStates!: string[];

  @Field(() => [PracticeLocation])
  locations!: PracticeLocation[];
}
