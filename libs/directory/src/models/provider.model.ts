import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { SpecialtyCategory } from '../search/search-criteria';
import { EvidenceLevel, UsState } from './enums';
import { InsurancePlan, Language } from './vocabulary.models';

@ObjectType()
export class ProviderSpecialty {
  @Field()
  code!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => SpecialtyCategory)
  category!: SpecialtyCategory;

  @Field()
  primary!: boolean;
}

@ObjectType({ description: 'A place the provider sees patients; the street is null when the provider hides it' })
export class PracticeLocation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field()
  streetHidden!: boolean;

  @Field()
  city!: string;

  @Field(() => UsState)
  state!: string;

  @Field()
  zip!: string;

  @Field(() => Float, { nullable: true, description: 'Null when the street is hidden' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Null when the street is hidden' })
  longitude!: number | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType()
export class ProviderCareAttribute {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => EvidenceLevel)
  evidence!: EvidenceLevel;

  @Field({ description: 'Date of the evidence (YYYY-MM-DD)' })
  evidencedOn!: string;
}

@ObjectType({ description: 'A vetted, approved public listing' })
export class Provider {
  @Field(() => ID)
  id!: string;

  @Field()
  npi!: string;

  @Field({ description: 'Name as the provider wants it shown, with credentials' })
  displayName!: string;

  @Field({ description: 'The chosen first name when the provider gave one' })
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => [String])
  credentials!: string[];

  @Field(() => String, { nullable: true })
  pronouns!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field()
  acceptingNewPatients!: boolean;

  @Field()
  offersTelehealth!: boolean;

  @Field(() => [UsState], { description: 'States with an active, verified license where telehealth is offered' })
  telehealthStates!: string[];

  @Field(() => [ProviderSpecialty])
  specialties!: ProviderSpecialty[];

  @Field(() => [PracticeLocation])
  locations!: PracticeLocation[];

  @Field(() => [ProviderCareAttribute])
  careAttributes!: ProviderCareAttribute[];

  @Field(() => [Language])
  languages!: Language[];

  @Field(() => [InsurancePlan])
  insurancePlans!: InsurancePlan[];

  @Field(() => Date, { nullable: true })
  lastVerifiedAt!: Date | null;
}
