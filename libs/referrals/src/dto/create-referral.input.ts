import { IsUsState, UsState } from '@app/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ReferralRequest } from '../create/referral-request';
import '../models/enums';
import {
  CareModality,
  ConsentMethod,
  ContactMethod,
  REFERRAL_REASONS,
  ReferralReason,
  ReferralUrgency,
} from '../referral.vocabulary';

@InputType()
export class ReferralClientInput {
  @Field({ description: 'First name or initials only' })
  @IsString()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(40)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()./-]{7,25}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @Field(() => ContactMethod)
  @IsEnum(ContactMethod)
  preferredContact!: ContactMethod;
}

@InputType()
export class ReferralConsentInput {
  @Field({ description: 'Must be true: no consent, no referral' })
  @IsBoolean()
  clientAgreed!: boolean;

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method!: ConsentMethod;

  @Field({ description: 'When the client agreed' })
  @IsDate()
  givenAt!: Date;
}

@InputType()
export class CreateReferralInput implements ReferralRequest {
  @Field(() => ID, { description: 'An APPROVED listing' })
  @IsUUID('all', { message: 'must be a UUID' })
  providerId!: string;

  @Field({
    description:
      'Chosen by the client app (8–100 of A–Z a–z 0–9 _ -); a retry with the same key returns the first referral',
  })
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'must be 8–100 letters, digits, _ or -' })
  idempotencyKey!: string;

  @Field(() => String, { description: `One of: ${REFERRAL_REASONS.join(', ')}` })
  @IsIn(REFERRAL_REASONS, { message: `must be one of ${REFERRAL_REASONS.join(', ')}` })
  reason!: ReferralReason;

  @Field(() => ReferralUrgency)
  @IsEnum(ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => UsState, { description: 'The state the client is in' })
  @IsUsState()
  clientState!: UsState;

  @Field(() => CareModality)
  @IsEnum(CareModality)
  modality!: CareModality;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Care attribute slugs the client needs (see careAttributes)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  accommodations!: string[];

  @Field(() => ReferralClientInput)
  @ValidateNested()
  @Type(() => ReferralClientInput)
  client!: ReferralClientInput;

  @Field(() => String, { nullable: true, description: 'For the provider, released only once they accept' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => ReferralConsentInput)
  @ValidateNested()
  @Type(() => ReferralConsentInput)
  consent!: ReferralConsentInput;
}
