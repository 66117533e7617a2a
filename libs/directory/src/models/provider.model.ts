import { UsState } from '@app/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ListingProfile } from './listing-profile.model';
import { PracticeLocation } from './provider-parts.model';

@ObjectType({ description: 'A vetted, approved public listing' })
export class Provider extends ListingProfile {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'National Provider Identifier; null unless the caller is a signed-in therapist or admin, as the national registry shows it with the legal name',
  })
  npi!: string | null;

  @Field({ description: 'Name as the provider wants it shown, with credentials' })
  displayName!: string;

  @Field({ description: 'The chosen first name when the provider gave one, else the legal one' })
  firstName!: string;

  @Field({ description: 'The chosen last name when the provider gave one, else the legal one' })
  lastName!: string;

  @Field(() => [UsState], { description: 'States with an active, verified license where telehealth is offered' })
  telehealthStates!: string[];

  @Field(() => [PracticeLocation])
  locations!: PracticeLocation[];
}
