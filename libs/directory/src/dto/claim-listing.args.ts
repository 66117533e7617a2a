import { ArgsType, Field, ID, InputType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, Matches, ValidateNested } from 'class-validator';
import { LicenseInput } from './save-listing.input';

@InputType({ description: 'A license of the claimant, as evidence for the admin who decides the claim' })
export class ClaimLicenseInput extends PickType(LicenseInput, ['state', 'licenseType', 'number'] as const, InputType) {}

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
