import type { ProviderSearchPage, SearchHit } from '../api/rest-types';
import type { VocabularyNames } from './vocabulary-names';

/** What a result shows: the loader keeps only this of each listing, so a page carries no more than it renders. */
export interface ResultSummary {
  id: string;
  displayName: string;
  pronouns: string | null;
  servesVia: SearchHit['servesVia'];
  distanceMiles: number | null;
  /** Where the offices are: their towns in the state searched (when one was), else town and state. */
  officePlaces: string[];
  acceptingNewPatients: boolean;
  specialtyNames: string[];
  careAttributes: SearchHit['careAttributes'];
}

export interface ResultPage {
  results: ResultSummary[];
  totalCount: number;
  totalCountIsExact: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The page as the results list shows it, named in the visitor's language; `state`: the state searched, if any. */
export function summarize(page: ProviderSearchPage, names: VocabularyNames, state: string | null): ResultPage {
  return {
    results: page.data.map((hit) => ({
      id: hit.id,
      displayName: hit.displayName,
      pronouns: hit.pronouns ?? null,
      servesVia: hit.servesVia,
      distanceMiles: hit.distanceMiles ?? null,
      officePlaces: officePlacesOf(hit, state),
      acceptingNewPatients: hit.acceptingNewPatients,
      specialtyNames: hit.specialties.map(names.specialty),
      careAttributes: hit.careAttributes.map((attribute) => ({ ...attribute, name: names.careAttribute(attribute) })),
    })),
    totalCount: page.totalCount,
    totalCountIsExact: page.totalCountIsExact,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}

function officePlacesOf(hit: SearchHit, state: string | null): string[] {
  const places = state
    ? hit.locations.filter((location) => location.state === state).map((location) => location.city)
    : hit.locations.map((location) => `${location.city}, ${location.state}`);
  return [...new Set(places)];
}
