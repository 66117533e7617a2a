import { ServedVia } from './enums';
import { Provider } from './provider.model';

/** One REST search result: the public listing plus how it matched. */
export class ProviderSearchResult extends Provider {
  /** How the provider serves the searched state (or serves at all, without a state). */
  servesVia!: ServedVia[];
  /** Miles to the nearest practice location, with a ZIP search. */
  distanceMiles!: number | null;
}

export class RestPageInfo {
  hasNextPage!: boolean;
  /** Pass as `cursor` to get the next page. */
  endCursor!: string | null;
}

export class ProviderSearchResponse {
  data!: ProviderSearchResult[];
  /** Matches, counted up to 1,000. */
  totalCount!: number;
  /** False when there are more than 1,000 matches: show "1,000+". */
  totalCountIsExact!: boolean;
  pageInfo!: RestPageInfo;
}
