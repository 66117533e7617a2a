import { IsUsState, isValidNpi, UsState } from '@app/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches, ValidateBy } from 'class-validator';

// Free text rather than an enum: boards issue many credential names (LCSW, LMFT, LPC, LMHC, PsyD…) that vary by
// state, and the directory's provider licenses take theirs the same way.
const LICENSE_TYPE = /^[A-Za-z]{2,10}$/;

@InputType()
export class TherapistLicenseInput {
  @Field(() => UsState)
  @IsUsState()
  state!: UsState;

  @Field({ description: 'The credential, e.g. LCSW, LMFT, LPC, PsyD' })
  @Matches(LICENSE_TYPE, { message: 'must be 2–10 letters, e.g. LCSW' })
  licenseType!: string;

  @Field()
  @IsString()
  @Length(1, 40)
  number!: string;

  @Field({ nullable: true, description: 'The therapist’s own NPI, when they have one' })
  @IsOptional()
  @ValidateBy({
    name: 'isNpi',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidNpi(value),
      defaultMessage: () => 'must be ten digits ending in the NPI check digit',
    },
  })
  npi?: string;
}

@InputType()
export class VerifyTherapistLicenseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field({ description: 'Where the license was checked, e.g. "KS Behavioral Sciences Regulatory Board lookup"' })
  @IsString()
  @Length(3, 200)
  source!: string;

  @Field({ nullable: true, description: 'Anything the next admin should know; kept in the audit trail' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
