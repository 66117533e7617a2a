import { Caller, OptionalCaller, Public } from '@app/auth';
import { ApiErrorBody } from '@app/shared';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiInternalServerErrorResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { listingReader, toProvider, toProviderEdge, toSpecialty } from './directory.mapper';
import { SearchProvidersQuery } from './dto/search-providers.query';
import { NegotiatedLanguage } from './dto/listing-language';
import { VocabularyLanguageQuery } from './dto/vocabulary-language';
import { DisplayLanguage } from './vocabulary/display-language';
import { PublicListingService } from './listing/public-listing.service';
import { ProviderSearchResponse } from './models/provider-search-response.model';
import { Provider } from './models/provider.model';
import { CareAttribute, InsurancePlan, Language, Specialty, UsStateName } from './models/vocabulary.models';
import { ListingBucketParams } from './dto/listing-bucket.params';
import { PublicListingEntry } from './models/public-listing-entry.model';
import { ProviderSearchService } from './search/provider-search.service';
import { VocabularyService } from './vocabulary/vocabulary.service';
import { invalidUuid } from './directory.errors';

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  required: false,
  description:
    'es (es-MX, es-US…) names the specialties, care attributes and languages spoken in Spanish; English otherwise. ' +
    'Content-Language says which.',
};

@ApiTags('directory')
@ApiBadRequestResponse({ type: ApiErrorBody, description: 'A parameter was refused; `details` names each one' })
@ApiTooManyRequestsResponse({ type: ApiErrorBody, description: 'Over the per-address rate limit; see Retry-After' })
@ApiInternalServerErrorResponse({ type: ApiErrorBody, description: 'Unexpected; the message quotes an error id' })
@Public()
@Controller('api/v1')
export class DirectoryController {
  constructor(
    private readonly search: ProviderSearchService,
    private readonly listings: PublicListingService,
    private readonly vocabulary: VocabularyService,
  ) {}

  /** Search approved listings. */
  @Get('providers')
  @ApiHeader(ACCEPT_LANGUAGE)
  async searchProviders(
    @Query() query: SearchProvidersQuery,
    @OptionalCaller() caller: Caller | null,
    @NegotiatedLanguage() language: DisplayLanguage,
  ): Promise<ProviderSearchResponse> {
    const { sort, limit, cursor, ...filter } = query;
    const page = await this.search.search(filter, sort, { first: limit, after: cursor });
    const reader = listingReader(caller, this.vocabulary.namesIn(language));
    const data = page.nodes
      .map((hit) => toProviderEdge(hit, reader))
      .map(({ node, servesVia, distanceMiles }) => ({ ...node, servesVia, distanceMiles }));
    return {
      data,
      totalCount: page.totalCount,
      totalCountIsExact: page.totalCountIsExact,
      pageInfo: { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor },
    };
  }

  /** One approved listing. */
  @Get('providers/:id')
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'No approved listing has this id' })
  @ApiHeader(ACCEPT_LANGUAGE)
  async getProvider(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: invalidUuid('id') })) id: string,
    @OptionalCaller() caller: Caller | null,
    @NegotiatedLanguage() language: DisplayLanguage,
  ): Promise<Provider> {
    const reader = listingReader(caller, this.vocabulary.namesIn(language));
    return toProvider(await this.listings.findApproved(id), reader);
  }

  @Get('specialties')
  specialties(@Query() { language }: VocabularyLanguageQuery): Specialty[] {
    return this.vocabulary.currentSpecialties(language).map(toSpecialty);
  }

  @Get('care-attributes')
  careAttributes(@Query() { language }: VocabularyLanguageQuery): CareAttribute[] {
    return this.vocabulary.careAttributes(language);
  }

  @Get('languages')
  languages(@Query() { language }: VocabularyLanguageQuery): Language[] {
    return this.vocabulary.languages(language);
  }

  @Get('insurance-plans')
  insurancePlans(): InsurancePlan[] {
    return this.vocabulary.all().insurancePlans;
  }

  @Get('states')
  states(@Query() { language }: VocabularyLanguageQuery): UsStateName[] {
    return this.vocabulary.states(language);
  }

  /** Approved listings whose id starts with two hex digits (00–ff), for sitemaps. */
  @Get('sitemap/providers/:bucket')
  listingBucket(@Param() { bucket }: ListingBucketParams): Promise<PublicListingEntry[]> {
    return this.listings.listBucket(bucket);
  }
}
