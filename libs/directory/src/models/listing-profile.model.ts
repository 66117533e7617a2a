import { Field, ObjectType } from '@nestjs/graphql';
import { ProviderCareAttribute, ProviderSpecialty } from './provider-parts.model';
import { InsurancePlan, Language } from './vocabulary.models';

/** What every view of a listing shows, public or managed; each view adds its own names, NPI, places and status. */
@ObjectType({ isAbstract: true })
export abstract class ListingProfile {
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

  @Field(() => [ProviderSpecialty])
  specialties!: ProviderSpecialty[];

  @Field(() => [ProviderCareAttribute])
  careAttributes!: ProviderCareAttribute[];

  @Field(() => [Language])
  languages!: Language[];

  @Field(() => [InsurancePlan])
  insurancePlans!: InsurancePlan[];

  @Field(() => Date, { nullable: true })
  lastVerifiedAt!: Date | null;
}
