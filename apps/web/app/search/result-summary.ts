import type { ProviderSearchPage, SearchHit } from '../api/rest-types';

/** What a result shows: the loader keeps only this of each listing, so a page carries no more than it renders. */
export interface ResultSummary {
  id: string;
  displayName: string;
  pronouns: string | null;
  servesVia: SearchHit['servesVia'];
  distanceMiles: number | null;
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

export function summarize(page: ProviderSearchPage): ResultPage {
  return {
    results: page.data.map((hit) => ({
      id: hit.id,
      displayName: hit.displayName,
      pronouns: hit.pronouns ?? null,
      servesVia: hit.servesVia,
      distanceMiles: hit.distanceMiles ?? null,
      acceptingNewPatients: hit.acceptingNewPatients,
      specialtyNames: hit.specialties.map((specialty) => specialty.name),
      careAttributes: hit.careAttributes,
    })),
    totalCount: page.totalCount,
    totalCountIsExact: page.totalCountIsExact,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}
