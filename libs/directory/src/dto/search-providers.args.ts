import { MAX_PAGE_SIZE } from '@app/shared';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ProviderSort } from '../search/search-criteria';
import { ProviderFilter } from './provider-filter.input';

@ArgsType()
export class SearchProvidersArgs {
  @Field(() => ProviderFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProviderFilter)
  filter?: ProviderFilter;

  @Field(() => ProviderSort, { nullable: true, description: 'relevance by default; distance by default with a zip' })
  @IsOptional()
  @IsEnum(ProviderSort)
  sort?: ProviderSort;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  after?: string;
}
