import { UsState } from '@app/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TherapistLicenseVerification {
  @Field({ description: 'Where the license was checked' })
  source!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'The admin who checked it; null for demo data' })
  verifiedBy!: string | null;

  @Field()
  verifiedAt!: Date;
}

@ObjectType()
export class TherapistLicense {
  @Field(() => ID)
  id!: string;

  @Field(() => UsState)
  state!: UsState;

  @Field()
  licenseType!: string;

  @Field()
  number!: string;

  @Field(() => String, { nullable: true })
  npi!: string | null;

  @Field(() => TherapistLicenseVerification, { nullable: true, description: 'Null until an admin verifies it' })
  verification!: TherapistLicenseVerification | null;
}
