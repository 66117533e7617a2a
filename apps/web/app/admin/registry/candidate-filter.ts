import type { RegistryCandidateFilterInput, SpecialtyCategory, UsState } from '../../api/graphql.generated';

/** The candidates' filters as the address carries them: `specialty` is a category, a specialty's slug, or empty. */
export interface CandidateQuery {
  state: string;
  specialty: string;
  name: string;
}

const CATEGORIES: readonly SpecialtyCategory[] = ['GYNECOLOGY', 'PRIMARY_CARE'];
const MAX_NAME = 60;

export function candidateQueryOf(params: URLSearchParams): CandidateQuery {
  return {
    state: (params.get('state') ?? '').trim().toUpperCase(),
    specialty: (params.get('specialty') ?? '').trim(),
    name: (params.get('name') ?? '').trim().slice(0, MAX_NAME),
  };
}

/** The API's filter; null until a state is chosen (candidates are looked for one state at a time). */
export function candidateFilterOf(query: CandidateQuery): RegistryCandidateFilterInput | null {
  if (!/^[A-Z]{2}$/.test(query.state)) return null;
  const category = CATEGORIES.find((value) => value === query.specialty);
  return {
    state: query.state as UsState,
    category: category ?? null,
    specialty: category || !query.specialty ? null : query.specialty,
    name: query.name || null,
  };
}

/** The filters as address parameters, without the empty ones: for the pager and the CSV link. */
export function candidateParams(query: CandidateQuery): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}

/** A registry name as one line: "JANE Q DOE JR". */
export function registryNameOf(record: {
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  nameSuffix?: string | null;
}): string {
  return [record.firstName, record.middleName, record.lastName, record.nameSuffix].filter(Boolean).join(' ');
}
