import { data } from 'react-router';
import { DirectoryApi } from '../api/directory-api.server';
import { RouteErrorPage } from '../components/error-pages';
import { useLocale } from '../components/locale';
import { SearchResults } from '../components/search-results';
import type { MessageKey } from '../i18n/messages.en';
import { summarize } from '../search/result-summary';
import { vocabularyNames } from '../search/vocabulary-names';
import { pageLinksOf } from '../search/search-query';
import { metaTags, pageMeta, requestLocale } from '../seo/page-meta';
import { CATEGORY_LABELS, isCategory } from '../seo/landing-pages';
import type { Route } from './+types/state';

/** `/states/ks` and `/states/ks/gynecology`: crawlable entry points, the first page of the matching search. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const api = new DirectoryApi(context.api);
  const locale = requestLocale(request);
  const vocabularies = await api.vocabularies(locale.lang);
  const state = vocabularies.usStates.find((s) => s.code.toLowerCase() === params.state);
  const category = params.category;
  if (!state || (category !== undefined && !isCategory(category))) throw data(null, { status: 404 });
  const searchQuery = new URLSearchParams({ state: state.code, ...(category ? { category } : {}) });
  const outcome = await api.search(searchQuery);
  if (outcome.kind !== 'page') throw new Error('A landing page search was refused');
  return {
    state,
    category: category ?? null,
    searchQuery: searchQuery.toString(),
    page: summarize(outcome.page, vocabularyNames(vocabularies), state.code),
    meta: pageMeta(locale, context.siteUrl, {
      titleKey: 'title.state',
      description: locale.t('meta.stateDescription', { state: state.name }),
      path: `/states/${params.state}${category ? `/${category}` : ''}`,
    }),
  };
}

export const meta = ({ data }: Route.MetaArgs) => metaTags(data?.meta);

export default function StatePage({ loaderData }: Route.ComponentProps) {
  const { state, category, searchQuery, page } = loaderData;
  const { t, href } = useLocale();
  const query = new URLSearchParams(searchQuery);
  const links = pageLinksOf(query, page.endCursor, page.hasNextPage);
  const heading = category
    ? t('state.headingCategory', {
        category: t(CATEGORY_LABELS[category]),
        state: state.name,
      })
    : t('state.heading', { state: state.name });
  return (
    <main id="main-content" className="grid-container padding-y-4">
      <h1>{heading}</h1>
      <p className="usa-intro">{t('state.lead', { state: state.name })}</p>
      <CategoryLinks stateCode={state.code} stateName={state.name} current={category} />
      <p>
        <a className="usa-button usa-button--outline" href={href('/search', query)}>
          {t('state.seeAll')}
        </a>
      </p>
      <SearchResults page={page} links={links} stateName={state.name} />
    </main>
  );
}

/** The state's landing pages side by side, the one shown marked as the current page. */
function CategoryLinks({
  stateCode,
  stateName,
  current,
}: {
  stateCode: string;
  stateName: string;
  current: string | null;
}) {
  const { t, href } = useLocale();
  const statePath = `/states/${stateCode.toLowerCase()}`;
  const pages: Array<[string | null, MessageKey]> = [[null, 'state.allCare'], ...Object.entries(CATEGORY_LABELS)];
  return (
    <nav aria-label={t('state.categoryNav', { state: stateName })}>
      <ul className="usa-button-group state-categories">
        {pages.map(([category, label]) => (
          <li className="usa-button-group__item" key={category ?? 'all'}>
            <a
              className={`usa-button${category === current ? '' : ' usa-button--outline'}`}
              href={href(category ? `${statePath}/${category}` : statePath)}
              aria-current={category === current ? 'page' : undefined}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
