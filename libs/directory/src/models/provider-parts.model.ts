import { UsState } from '@app/shared';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { SpecialtyCategory } from '../search/search-criteria';
import { EvidenceLevel } from './enums';

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
