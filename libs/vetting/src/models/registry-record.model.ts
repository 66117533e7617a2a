import { Connection } from '@app/shared';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegistryNameMatch } from '../registry-name-match';

registerEnumType(RegistryNameMatch, {
  name: 'RegistryNameMatch',
  description: 'How the legal name compares with the NPI registry’s, ignoring case, accents and punctuation',
  valuesMap: {
    PARTIAL: { description: 'The last names match (or one holds the other), the first names do not' },
    NOT_IN_REGISTRY: { description: 'The registry has no record of the NPI (it may not be loaded)' },
  },
});

@ObjectType({ description: 'A taxonomy of a registry record, with the license the registry names for it' })
export class RegistryTaxonomyEntry {
  @Field({ description: 'NUCC taxonomy code' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The specialty’s name, when the vocabulary has the code' })
  name!: string | null;

  @Field(() => String, { nullable: true })
  licenseNumber!: string | null;

  @Field(() => String, { nullable: true })
  licenseState!: string | null;

  @Field()
  primary!: boolean;
}

@ObjectType({
  description: 'A practitioner as the national NPI registry (NPPES) lists them; for admins only, never public',
})
export class RegistryRecord {
  @Field()
  npi!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  middleName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. JR, III' })
  nameSuffix!: string | null;

  @Field(() => String, { nullable: true, description: 'As the registry has them, e.g. M.D.' })
  credentials!: string | null;

  @Field({ description: 'False once deactivated, unless reactivated since' })
  active!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  deactivatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  reactivatedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The registry’s deactivation reason code' })
  deactivationReason!: string | null;

  @Field(() => [RegistryTaxonomyEntry], { description: 'In the registry’s order' })
  taxonomies!: RegistryTaxonomyEntry[];

  @Field(() => String, { nullable: true })
  practiceStreet!: string | null;

  @Field(() => String, { nullable: true })
  practiceCity!: string | null;

  @Field(() => String, { nullable: true })
  practiceState!: string | null;

  @Field(() => String, { nullable: true, description: 'ZIP or ZIP+4, as the registry has it' })
  practicePostalCode!: string | null;

  @Field(() => String, { nullable: true })
  practicePhone!: string | null;

  @Field({ description: 'The date of the registry data the record comes from (YYYY-MM-DD)' })
  dataDate!: string;

  @Field({ description: 'The registry file the record last changed in' })
  sourceFile!: string;
}

@ObjectType()
export class RegistryCandidateConnection extends Connection(RegistryRecord, { order: 'By NPI' }) {}
