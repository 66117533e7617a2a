import { MAX_PAGE_SIZE } from '@app/shared';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ProviderSort } from '../search/search-criteria';
import { ProviderFilter } from './provider-filter.input';
import { ToNumber } from './query-transforms';

/** `GET /api/v1/providers` query string: the filters plus sorting and keyset paging. */
export class SearchProvidersQuery extends ProviderFilter {
  /** relevance (default), distance (nearest first; the default with a zip) or name. */
  @IsOptional()
  @IsEnum(ProviderSort, { message: 'must be one of relevance, distance, name' })
  sort?: ProviderSort;

  /** Page size, 1–100 (default 20). */
  @IsOptional()
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  /** `pageInfo.endCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;
}
