import { IsCalendarDate, IsUsState, UsState } from '@app/shared';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const PHONE = /^\+?[0-9 ()./-]{7,25}$/;
const PHONE_MESSAGE = 'must be a phone number (digits, spaces and + ( ) . / -)';

@InputType()
export class SpecialtyChoiceInput {
  @Field({ description: 'Specialty slug or NUCC code' })
  @IsString()
  @Length(1, 60)
  specialty!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  primary: boolean = false;
}

@InputType()
export class LicenseInput {
  @Field(() => UsState)
  @IsUsState()
  state!: UsState;

  @Field({ description: 'License type, e.g. MD, DO, APRN, PA, CNM' })
  @Matches(/^[A-Z]{2,6}$/, { message: 'must be 2–6 capital letters, e.g. MD' })
  licenseType!: string;

  @Field()
  @IsString()
  @Length(1, 40)
  @Matches(/\S/, { message: 'must not be blank' })
  number!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  expiresOn!: string;
}

@InputType()
export class LocationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string | null;

  @Field({
    defaultValue: false,
    description: 'Hide the street (and exact coordinates) from the public; city and state stay searchable',
  })
  @IsBoolean()
  hideStreet: boolean = false;

  @Field(() => String, { nullable: true, description: 'Defaults to the ZIP code’s city' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  city?: string | null;

  @Field({ description: 'Five-digit US ZIP code; sets the state and coordinates' })
  @Matches(/^[0-9]{5}$/, { message: 'must be a five-digit US ZIP code' })
  zip!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;
}

@InputType()
export class AttestationInput {
  @Field({ description: 'The version of the statement (affirmingCareAttestation) being affirmed' })
  @IsString()
  @Length(1, 40)
  version!: string;
}

/** Everything a provider controls. Status, evidence levels and verification are not here: sending them is refused. */
@InputType()
export class SaveListingInput {
  @Field({ description: 'National Provider Identifier (10 digits)' })
  @Matches(/^[0-9]{10}$/, { message: 'must be 10 digits' })
  npi!: string;

  @Field({ description: 'Legal first name, as on the license; seen only by the provider and admins' })
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @Field({ description: 'Legal last name, as on the license; seen only by the provider and admins' })
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen first name; with chosenLastName (both or neither) it is the name the public sees',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  chosenName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen last name; with chosenName (both or neither) it is the name the public sees',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  chosenLastName?: string | null;

  @Field(() => [String], { description: 'MD, DO, NP, PA, CNM…' })
  @IsArray()
  @ArrayMaxSize(6)
  @Matches(/^[A-Z][A-Za-z-]{1,9}$/, { each: true, message: 'must be credentials such as MD or FNP-BC' })
  credentials!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  pronouns?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  bio?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;

  @Field()
  @IsBoolean()
  acceptingNewPatients!: boolean;

  @Field()
  @IsBoolean()
  offersTelehealth!: boolean;

  @Field(() => [SpecialtyChoiceInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SpecialtyChoiceInput)
  specialties!: SpecialtyChoiceInput[];

  @Field(() => [String], { description: 'Care attribute slugs; approval needs the baseline ones' })
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  careAttributes!: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages!: string[];

  @Field(() => [String], { description: 'Insurance plan slugs' })
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  insurancePlans!: string[];

  @Field(() => [LocationInput])
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LocationInput)
  locations!: LocationInput[];

  @Field(() => [LicenseInput])
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => LicenseInput)
  licenses!: LicenseInput[];

  @Field(() => AttestationInput, {
    nullable: true,
    description: 'Affirm the current statement; omitted keeps the last affirmation',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AttestationInput)
  attestation?: AttestationInput | null;
}
