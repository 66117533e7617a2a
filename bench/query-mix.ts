// The same seedable generator as the synthetic directory: the mix is fixed for a given data set.
import { FOCUS_STATES, SeededRandom, syntheticListing } from '@app/directory/testing';
import { DATASET_DAY, DATASET_SEED } from './bench-dataset';
import { MixSearch } from './server/bench-messages';

export const QUERY_KINDS = [
  'state + category',
  'state + specialty + telehealth',
  'ZIP + radius',
  'name + state',
  'attributes + language + insurance',
  'deep page (cursor)',
  'deep page, first page',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QueryMix {
  kinds: Map<QueryKind, MixSearch[]>;
  /** How deep the deep-page searches start, in results. */
  deepPageDepth: number;
}

const SEARCHES_PER_KIND = 24;
const SPECIALTIES = ['obstetrics-gynecology', 'gynecology', 'family-medicine', 'internal-medicine', 'nurse-midwife'];
const ATTRIBUTES = [
  'gender-affirming-care',
  'prep-pep',
  'self-collected-sti-swab',
  'patient-paced-exam',
  'sliding-scale',
  'chaperone-choice',
];
const LANGUAGES = ['es', 'fr', 'vi', 'zh', 'ar'];
const PLANS = ['aetna', 'medicaid', 'blue-cross-blue-shield', 'cigna', 'unitedhealthcare', 'molina'];
const CATEGORIES = ['gynecology', 'primary-care'];

/**
 * A fixed, seeded mix of realistic searches. Places and names come from listings of the data set itself, so they
 * follow its distribution (dense focus states, real ZIP codes, names that exist); deep pages need cursors from the
 * running API and are completed by the runner.
 */
export function buildQueryMix(listings: number): QueryMix {
  const random = new SeededRandom(7);
  const aListing = () =>
    syntheticListing(random.int(0, listings - 1), { count: listings, seed: DATASET_SEED, today: DATASET_DAY });
  const make = (kind: string, filter: () => MixSearch['filter']) =>
    Array.from({ length: SEARCHES_PER_KIND }, (_, i) => ({ id: `${slug(kind)}-${i}`, filter: filter() }));
  const deepSearches = FOCUS_STATES.slice(0, 2).flatMap((state) => CATEGORIES.map((category) => ({ state, category })));
  const kinds = new Map<QueryKind, MixSearch[]>([
    [
      'state + category',
      make('state-category', () => ({ state: aListing().locations[0].state, category: random.pick(CATEGORIES) })),
    ],
    [
      'state + specialty + telehealth',
      make('state-specialty', () => ({
        state: aListing().locations[0].state,
        specialty: random.pick(SPECIALTIES),
        mode: 'TELEHEALTH',
      })),
    ],
    ['ZIP + radius', make('zip', () => ({ zip: aListing().locations[0].zip, radiusMiles: random.pick([10, 25, 50]) }))],
    ['name + state', make('name', () => nameSearch(aListing(), random))],
    [
      'attributes + language + insurance',
      make('attributes', () => ({
        attribute: [random.pick(ATTRIBUTES)],
        language: [random.pick(LANGUAGES)],
        insurance: random.sample(PLANS, random.int(1, 2)),
      })),
    ],
    ['deep page (cursor)', deepSearches.map((filter, i) => ({ id: `deep-${i}`, filter }))],
    ['deep page, first page', deepSearches.map((filter, i) => ({ id: `deep-first-${i}`, filter }))],
  ]);
  // 10,000 results deep at a million listings, proportionally shallower on a smaller data set.
  return { kinds, deepPageDepth: Math.max(500, Math.round((10_000 * listings) / 1_000_000 / 100) * 100) };
}

function nameSearch(listing: ReturnType<typeof syntheticListing>, random: SeededRandom): MixSearch['filter'] {
  // Searched by the public name: the chosen one (both parts or neither) when there is one.
  const first = listing.chosenName ?? listing.firstName;
  const last = listing.chosenLastName ?? listing.lastName;
  return {
    q: random.chance(0.5) ? last : `${first} ${last}`,
    state: listing.locations[0].state,
  };
}

function slug(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}
