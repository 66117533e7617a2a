import { candidateFilterOf, candidateQueryOf, registryNameOf } from '../../../admin/registry/candidate-filter';
import { csvStreamDownload } from '../../../admin/exports/csv';
import {
  RegistryCandidatesDocument,
  type RegistryCandidateFilterInput,
  type RegistryCandidatesQuery,
} from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/candidates-csv';

// The API's largest page: the fewest calls for a whole state.
const PAGE_SIZE = 100;
const HEADER = [
  'npi',
  'name',
  'credentials',
  'specialties',
  'taxonomy_codes',
  'street',
  'city',
  'state',
  'postal_code',
  'phone',
  'registry_data_date',
];

type Candidate = RegistryCandidatesQuery['registryCandidates']['nodes'][number];

/** Every candidate of the filters, for outreach, streamed as the API's pages come. */
export function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const filter = candidateFilterOf(candidateQueryOf(new URL(request.url).searchParams));
  if (!filter) throw new Response(null, { status: 400 });
  const pages = candidatePages(new WorkspaceApi(context.api, request), filter);
  return csvStreamDownload(`registry-candidates-${filter.state.toLowerCase()}.csv`, HEADER, pages);
}

/** The API's pages of the filter's candidates, one after the other, as CSV rows. */
async function* candidatePages(api: WorkspaceApi, filter: RegistryCandidateFilterInput) {
  let after: string | null = null;
  do {
    const page: RegistryCandidatesQuery = await api.read(RegistryCandidatesDocument, {
      filter,
      first: PAGE_SIZE,
      after,
    });
    yield page.registryCandidates.nodes.map((candidate) => rowOf(candidate, page.registryDataDate));
    after = page.registryCandidates.pageInfo.hasNextPage ? page.registryCandidates.pageInfo.endCursor : null;
  } while (after);
}

function rowOf(candidate: Candidate, dataDate: string | null | undefined): Array<string | null> {
  return [
    candidate.npi,
    registryNameOf(candidate),
    candidate.credentials ?? null,
    candidate.taxonomies.map((taxonomy) => taxonomy.name ?? taxonomy.code).join('; '),
    candidate.taxonomies.map((taxonomy) => taxonomy.code).join(' '),
    candidate.practiceStreet ?? null,
    candidate.practiceCity ?? null,
    candidate.practiceState ?? null,
    candidate.practicePostalCode ?? null,
    candidate.practicePhone ?? null,
    dataDate ?? null,
  ];
}
