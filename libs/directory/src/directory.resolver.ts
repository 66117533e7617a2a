import { Caller, OptionalCaller, Public } from '@app/auth';
import { DEFAULT_PAGE_SIZE } from '@app/shared';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { listingReader, toProvider, toProviderConnection, toSpecialty } from './directory.mapper';
import { ProviderArgs } from './dto/provider.args';
import { VocabularyLanguageArgs } from './dto/vocabulary-language';
import { SearchProvidersArgs } from './dto/search-providers.args';
import { PublicListingService } from './listing/public-listing.service';
import { ProviderConnection } from './models/provider-connection.model';
import { Provider } from './models/provider.model';
import { CareAttribute, InsurancePlan, Language, Specialty, UsStateName } from './models/vocabulary.models';
import { ProviderSearchService, SearchFieldNames } from './search/provider-search.service';
import { VocabularyService } from './vocabulary/vocabulary.service';

const GRAPHQL_FIELD_NAMES: SearchFieldNames = { filter: (name) => `filter.${name}`, cursor: 'after' };

@Public()
@Resolver(() => Provider)
export class DirectoryResolver {
  constructor(
    private readonly search: ProviderSearchService,
    private readonly listings: PublicListingService,
    private readonly vocabulary: VocabularyService,
  ) {}

  @Query(() => ProviderConnection, {
    description: 'Search approved listings',
    complexity: ({ args, childComplexity }) =>
      ((args as SearchProvidersArgs).first ?? DEFAULT_PAGE_SIZE) * childComplexity,
  })
  async providers(
    @Args() { filter, sort, first, after, language }: SearchProvidersArgs,
    @OptionalCaller() caller: Caller | null,
  ): Promise<ProviderConnection> {
    const page = await this.search.search(filter ?? {}, sort, { first, after }, GRAPHQL_FIELD_NAMES);
    return toProviderConnection(page, listingReader(caller, this.vocabulary.namesIn(language)));
  }

  @Query(() => Provider, { description: 'One approved listing' })
  async provider(@Args() { id, language }: ProviderArgs, @OptionalCaller() caller: Caller | null): Promise<Provider> {
    const reader = listingReader(caller, this.vocabulary.namesIn(language));
    return toProvider(await this.listings.findApproved(id), reader);
  }

  @Query(() => [Specialty])
  specialties(@Args() { language }: VocabularyLanguageArgs): Specialty[] {
    return this.vocabulary.currentSpecialties(language).map(toSpecialty);
  }

  @Query(() => [CareAttribute])
  careAttributes(@Args() { language }: VocabularyLanguageArgs): CareAttribute[] {
    return this.vocabulary.careAttributes(language);
  }

  @Query(() => [Language])
  languages(@Args() { language }: VocabularyLanguageArgs): Language[] {
    return this.vocabulary.languages(language);
  }

  @Query(() => [InsurancePlan])
  insurancePlans(): InsurancePlan[] {
    return this.vocabulary.all().insurancePlans;
  }

  @Query(() => [UsStateName], { description: 'States, DC and territories, by name' })
  usStates(@Args() { language }: VocabularyLanguageArgs): UsStateName[] {
    return this.vocabulary.states(language);
  }
}
