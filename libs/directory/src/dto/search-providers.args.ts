import { PageArgs } from '@app/shared';
import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ProviderSort } from '../search/search-criteria';
import { DisplayLanguage } from '../vocabulary/display-language';
import { ListingLanguageArg } from './listing-language';
import { ProviderFilter } from './provider-filter.input';

@ArgsType()
export class SearchProvidersArgs extends PageArgs {
  @Field(() => ProviderFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProviderFilter)
  filter?: ProviderFilter;

  @Field(() => ProviderSort, { nullable: true, description: 'relevance by default; distance by default with a zip' })
  @IsOptional()
  @IsEnum(ProviderSort)
  sort?: ProviderSort;

  @ListingLanguageArg()
  language!: DisplayLanguage;
}
