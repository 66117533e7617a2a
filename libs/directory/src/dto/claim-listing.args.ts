import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class ClaimListingArgs {
  @Field({ description: 'NPI of the listing to claim' })
  @Matches(/^[0-9]{10}$/, { message: 'must be 10 digits' })
  npi!: string;
}
