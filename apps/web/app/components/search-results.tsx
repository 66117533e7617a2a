import type { ServedVia } from '../api/schema-types.generated';
import type { ResultPage, ResultSummary } from '../search/result-summary';
import type { MessageKey } from '../i18n/messages.en';
import type { PageLinks } from '../search/search-query';
import { CareAttributes } from './care-attributes';
import { ReferLink } from './refer-link';
import { useLocale, type Locale } from './locale';

interface SearchResultsProps {
  page: ResultPage;
  links: PageLinks;
  /** Name of the searched state, for "Serves Kansas by telehealth". */
  stateName?: string;
  headingLevel?: 'h2' | 'h3';
}

/** The API's page of results, in its order, with the count and the links to the pages around it. */
export function SearchResults({ page, links, stateName, headingLevel = 'h2' }: SearchResultsProps) {
  const locale = useLocale();
  const { t, number } = locale;
  const count = !page.totalCountIsExact
    ? t('search.resultsCountCapped', { count: number(page.totalCount) })
    : page.totalCount === 1
      ? t('search.resultsCountOne')
      : t('search.resultsCount', { count: number(page.totalCount) });
  return (
    <section aria-labelledby="results-heading" className="search-results">
      <p id="results-heading" className="search-results__count" aria-live="polite">
        <strong>{count}</strong>
        {links.pageNumber > 1 && <span> · {t('search.pageOf', { page: links.pageNumber })}</span>}
      </p>
      <ol className="usa-list usa-list--unstyled search-results__list">
        {page.results.map((hit) => (
          <li key={hit.id}>
            <ResultCard hit={hit} stateName={stateName} locale={locale} headingLevel={headingLevel} />
          </li>
        ))}
      </ol>
      <Pager links={links} path="/search" />
    </section>
  );
}

function ResultCard({
  hit,
  stateName,
  locale,
  headingLevel: Heading,
}: {
  hit: ResultSummary;
  stateName?: string;
  locale: Locale;
  headingLevel: 'h2' | 'h3';
}) {
  const { t, href, number } = locale;
  return (
    <article className="result-card">
      <Heading className="result-card__name">
        <a href={href(`/providers/${hit.id}`)}>{hit.displayName}</a>
      </Heading>
      {hit.pronouns && <p className="result-card__pronouns">{t('provider.pronouns', { pronouns: hit.pronouns })}</p>}
      <ul className="usa-list usa-list--unstyled result-card__facts">
        <li>{t(servesKey(hit.servesVia, Boolean(stateName)), { state: stateName ?? '' })}</li>
        {hit.officePlaces.length > 0 && <li>{officesText(hit.officePlaces, locale)}</li>}
        {hit.distanceMiles !== null && (
          <li>{t('result.distance', { miles: number(Math.round(hit.distanceMiles * 10) / 10) })}</li>
        )}
        <li>{hit.acceptingNewPatients ? t('result.accepting') : t('result.notAccepting')}</li>
        {hit.specialtyNames.length > 0 && <li>{hit.specialtyNames.join(', ')}</li>}
      </ul>
      <p className="result-card__care-heading">{t('result.careHeading')}</p>
      <CareAttributes attributes={hit.careAttributes} />
      <ReferLink providerId={hit.id} providerName={hit.displayName} />
    </article>
  );
}

// A listing with many offices names a few and counts the rest, so a card stays a card.
const OFFICES_NAMED = 3;

function officesText(places: string[], { t, list, number }: Locale): string {
  const named = places.slice(0, OFFICES_NAMED);
  const others = places.length - named.length;
  const items = others > 0 ? [...named, t('result.otherPlaces', { count: number(others) })] : named;
  return t(places.length === 1 ? 'result.officeIn' : 'result.officesIn', { places: list(items) });
}

function servesKey(servesVia: ServedVia[], withState: boolean): MessageKey {
  const inPerson = servesVia.includes('IN_PERSON');
  const telehealth = servesVia.includes('TELEHEALTH');
  const suffix = withState ? '' : 'NoState';
  if (inPerson && telehealth) return `result.servesBoth${suffix}`;
  return inPerson ? `result.servesInPerson${suffix}` : `result.servesTelehealth${suffix}`;
}

/** Previous and next pages of a list the API pages by cursor. */
export function Pager({ links, path }: { links: PageLinks; path: string }) {
  const { t, href } = useLocale();
  if (!links.next && !links.previous) return null;
  return (
    <nav aria-label={t('search.pagination')} className="pager">
      {links.previous && (
        <a className="usa-button usa-button--outline" href={href(path, links.previous)} rel="prev">
          {t('search.previousPage')}
        </a>
      )}
      {links.next && (
        <a className="usa-button" href={href(path, links.next)} rel="next">
          {t('search.nextPage')}
        </a>
      )}
    </nav>
  );
}
