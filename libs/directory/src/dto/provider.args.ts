import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { DisplayLanguage } from '../vocabulary/display-language';
import { ListingLanguageArg } from './listing-language';

@ArgsType()
export class ProviderArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @ListingLanguageArg()
  language!: DisplayLanguage;
}
