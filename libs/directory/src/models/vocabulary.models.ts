import { UsState } from '@app/shared';
import { Field, ObjectType } from '@nestjs/graphql';
import { SpecialtyCategory } from '../search/search-criteria';

@ObjectType({ description: 'A NUCC Health Care Provider Taxonomy code in scope for the directory' })
export class Specialty {
  @Field({ description: 'NUCC taxonomy code, e.g. 207VG0400X' })
  code!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => SpecialtyCategory)
  category!: SpecialtyCategory;
}

@ObjectType()
export class CareAttribute {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'Required of every approved listing' })
  baseline!: boolean;
}

@ObjectType()
export class Language {
  @Field({ description: 'ISO 639-1 code' })
  code!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class InsurancePlan {
  @Field()
  slug!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A US state, DC or territory a listing can serve' })
export class UsStateName {
  @Field(() => UsState, { description: 'USPS code' })
  code!: string;

  @Field()
  name!: string;
}
