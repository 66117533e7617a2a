import { IsUsState, UsState } from '@app/shared';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'A license of the claimant, as evidence for the admin who decides the claim' })
export class ClaimLicenseInput {
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
}

@ArgsType()
export class ClaimListingArgs {
  @Field({ description: 'NPI of the listing to claim' })
  @Matches(/^[0-9]{10}$/, { message: 'must be 10 digits' })
  npi!: string;

  @Field(() => [ClaimLicenseInput], { description: 'At least one of the claimant’s licenses' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one license' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ClaimLicenseInput)
  licenses!: ClaimLicenseInput[];
}

@ArgsType()
export class ClaimIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;
}
