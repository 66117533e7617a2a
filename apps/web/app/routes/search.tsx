import { data, redirect } from 'react-router';
import { DirectoryApi, type Vocabularies } from '../api/directory-api.server';
import { summarize } from '../search/result-summary';
import { vocabularyNames } from '../search/vocabulary-names';
import { filterLabel } from '../components/filter-labels';
import { useLocale } from '../components/locale';
import { SearchForm } from '../components/search-form';
import { SearchResults } from '../components/search-results';
import { metaTags, pageMeta, requestLocale } from '../seo/page-meta';
import {
  activeFilters,
  apiQueryOf,
  formValuesOf,
  pageLinksOf,
  tidySearchQuery,
  withoutFilter,
} from '../search/search-query';
import type { Route } from './+types/search';

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { query, changed } = tidySearchQuery(url.searchParams);
  if (changed) throw redirect(query.size ? `/search?${query.toString()}` : '/search');
  const api = new DirectoryApi(context.api);
  const locale = requestLocale(request);
  const apiQuery = apiQueryOf(query);
  const [vocabularies, outcome] = await Promise.all([api.vocabularies(locale.lang), api.search(apiQuery)]);
  const canonicalQuery = new URLSearchParams([...apiQuery].filter(([name]) => name !== 'cursor'));
  const meta = pageMeta(locale, context.siteUrl, {
    titleKey: 'title.search',
    description: locale.t('meta.searchDescription'),
    path: '/search',
    query: canonicalQuery,
  });
  const common = { meta, query: query.toString(), vocabularies };
  if (outcome.kind === 'invalid') {
    return data({ ...common, page: null, fieldErrors: outcome.fieldErrors }, { status: 400 });
  }
  return {
    ...common,
    page: summarize(outcome.page, vocabularyNames(vocabularies), apiQuery.get('state')?.toUpperCase() ?? null),
    fieldErrors: {},
  };
}

export const meta = ({ data }: Route.MetaArgs) => metaTags(data?.meta);

export default function SearchPage({ loaderData }: Route.ComponentProps) {
  const { query: queryString, vocabularies, page, fieldErrors } = loaderData;
  const locale = useLocale();
  const { t } = locale;
  const query = new URLSearchParams(queryString);
  const state = query.get('state')?.toUpperCase();
  const stateName = vocabularies.usStates.find((s) => s.code === state)?.name;
  return (
    <main id="main-content" className="grid-container padding-y-4">
      <h1>{t('title.search')}</h1>
      <div className="grid-row grid-gap-lg">
        {page && (
          <div className="desktop:grid-col-8 search-page__results">
            <p className="search-page__refine-link">
              <a href="#refine-heading">{t('search.editSearch')}</a>
            </p>
            <h2 className="font-heading-md">{t('search.resultsHeading')}</h2>
            {page.results.length > 0 && (
              <SearchResults
                page={page}
                links={pageLinksOf(query, page.endCursor, page.hasNextPage)}
                stateName={stateName}
                headingLevel="h3"
              />
            )}
            {page.results.length === 0 && <NoResults query={query} vocabularies={vocabularies} />}
          </div>
        )}
        <div className="desktop:grid-col-4 search-page__form">
          <h2 className="font-heading-md" id="refine-heading">
            {t('search.editSearch')}
          </h2>
          <SearchForm values={formValuesOf(query)} vocabularies={vocabularies} fieldErrors={fieldErrors} />
        </div>
      </div>
    </main>
  );
}

function NoResults({ query, vocabularies }: { query: URLSearchParams; vocabularies: Vocabularies }) {
  const locale = useLocale();
  const { t } = locale;
  const filters = activeFilters(query);
  return (
    <div className="usa-alert usa-alert--info usa-alert--no-icon">
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading">{t('search.noResultsHeading')}</h3>
        {filters.length > 0 && <p className="usa-alert__text">{t('search.noResultsText')}</p>}
        <ul className="usa-list">
          {filters.map(({ name, value }) => (
            <li key={`${name}=${value}`}>
              <a href={locale.href('/search', withoutFilter(query, name, value))}>
                {t('search.removeFilter', { filter: filterLabel(name, value, vocabularies, locale) })}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a href={locale.href('/')}>{t('search.noResultsStart')}</a>
        </p>
      </div>
    </div>
  );
}
