import type { PageInfo, Provider, ServedVia } from './schema-types.generated';

/** `GET /api/v1/providers` answers with the GraphQL `Provider` fields flattened with their edge's own. */
export interface SearchHit extends Provider {
  servesVia: ServedVia[];
  distanceMiles: number | null;
}

export interface ProviderSearchPage {
  data: SearchHit[];
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: PageInfo;
}

/** The API's 400 answer: `details` names each field and the reason. */
export interface BadRequestBody {
  statusCode: 400;
  code: string;
  message: string;
  details?: Array<{ field: string; reason: string }>;
}

export interface PublicListingEntry {
  id: string;
  updatedAt: string;
}
