import { EvidenceLevel } from '@app/directory';
import { IsCalendarDate, IsUsState, UsState } from '@app/shared';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ListingDecisionInput } from './listing-decision.input';

@InputType()
export class LicenseVerificationInput {
  @Field(() => UsState)
  @IsUsState()
  state!: UsState;

  @Field()
  @Matches(/^[A-Z]{2,6}$/, { message: 'must be 2–6 capital letters, e.g. MD' })
  licenseType!: string;

  @Field()
  @IsString()
  @Length(1, 40)
  number!: string;

  @Field({ description: 'Where the license was checked, e.g. "KS Board of Healing Arts lookup"' })
  @IsString()
  @Length(3, 200)
  source!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  verifiedOn!: string;
}

@InputType()
export class CareAttributeEvidenceInput {
  @Field()
  @IsString()
  @Length(1, 60)
  slug!: string;

  @Field(() => EvidenceLevel)
  @IsEnum(EvidenceLevel)
  evidence!: EvidenceLevel;
}

@InputType()
export class ApproveListingInput extends ListingDecisionInput {
  @Field(() => [LicenseVerificationInput], { nullable: true, description: 'Licenses you verified now' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => LicenseVerificationInput)
  licenseVerifications?: LicenseVerificationInput[];

  @Field(() => [CareAttributeEvidenceInput], {
    nullable: true,
    description: 'Evidence levels you decided; others keep theirs',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CareAttributeEvidenceInput)
  careAttributeEvidence?: CareAttributeEvidenceInput[];
}
