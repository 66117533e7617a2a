import { withNpiCheckDigit } from '@app/shared';
import { deactivationReason, PractitionerRow } from '../registry/nppes-record';
import { RegistryTaxonomy } from '../registry/registry.models';
import { LicenseRecord, ListingRecord } from './listing-record';
import { SeededRandom } from './seeded-random';
import {
  credentialFor,
  FOCUS_STATES,
  phoneNumber,
  randomPlace,
  randomServedState,
  streetAddress,
} from './synthetic-listings';
import * as names from './synthetic-names';

/** The specialties the registry may hold, as the database has them when the demo is seeded. */
export interface RegistryScope {
  /** In-scope codes with their category. */
  inScope: Array<{ code: string; category: string }>;
  /** Out-of-scope clinician codes, for practitioners' other taxonomies (the importer keeps every slot). */
  outOfScope: string[];
}

export interface SyntheticRegistryOptions {
  listings: readonly ListingRecord[];
  /** The review queue's submitted listings, by NPI: the first matches, the second's name does not, the third is absent. */
  queuedNpis: readonly string[];
  scope: RegistryScope;
  /** Registry dates are before this day (YYYY-MM-DD). */
  today: string;
  candidates?: number;
  seed?: number;
}

export const DEMO_REGISTRY_CANDIDATES = 240;
// Demo listings take 900 000 000 and up, test factories 910…950 million: candidates stay clear of both.
const FIRST_CANDIDATE = 970_000_000;
const MAX_SLOTS = 15;
// One in this many candidates is deactivated; one of those was reactivated since.
const DEACTIVATED_EVERY = 30;
const REACTIVATED = DEACTIVATED_EVERY * 2 - 1;

/**
 * A deterministic synthetic NPI registry: a record for most demo listings (their legal names, specialties, licenses
 * and first practice location, as NPPES would hold them), and practitioners no listing has, for the candidates page.
 */
export function syntheticRegistry(options: SyntheticRegistryOptions): PractitionerRow[] {
  const random = new SeededRandom(options.seed ?? 20261209);
  const [, renamed, absent] = options.queuedNpis;
  const queued = new Set(options.queuedNpis);
  const listed = options.listings
    .filter((listing) => listing.npi !== absent && (queued.has(listing.npi) || !random.chance(0.04)))
    .map((listing) => listingRecord(random, listing, options.today, listing.npi === renamed));
  const count = options.candidates ?? DEMO_REGISTRY_CANDIDATES;
  const weights = specialtyWeights(options.scope, options.listings);
  const unlisted = Array.from({ length: count }, (_, index) =>
    candidate(random, index, weights, options.scope.outOfScope, options.today),
  );
  return [...listed, ...unlisted];
}

/** The listing as NPPES holds it; `renamed`: under a former last name the provider never updated there. */
function listingRecord(random: SeededRandom, listing: ListingRecord, today: string, renamed: boolean): PractitionerRow {
  const [primary, ...others] = [...listing.specialties].sort((a, b) => Number(b.primary) - Number(a.primary));
  const [home, ...elsewhere] = listing.licenses;
  const slot = (code: string, license: LicenseRecord | undefined, isPrimary: boolean) => ({
    code,
    licenseNumber: license?.number ?? null,
    licenseState: license?.state ?? null,
    primary: isPrimary,
  });
  const location = listing.locations[0];
  const lastName = renamed ? formerName(random, listing.lastName) : listing.lastName;
  return practitioner(random, today, {
    npi: listing.npi,
    lastName,
    firstName: listing.firstName,
    credentials: listing.credentials.join(', '),
    taxonomies: [
      slot(primary.code, home, true),
      // NPPES repeats a taxonomy for each state's license.
      ...elsewhere.map((license) => slot(primary.code, license, false)),
      ...others.map((specialty) => slot(specialty.code, home, false)),
    ],
    street: location.street ?? streetAddress(random),
    city: location.city,
    state: location.state,
    zip: location.zip,
    phone: listing.phone,
  });
}

// Neither name holds the other, so the names do not even partly match.
function formerName(random: SeededRandom, lastName: string): string {
  const current = lastName.toLowerCase();
  return random.pick(
    names.LAST_NAMES.filter((name) => !name.toLowerCase().includes(current) && !current.includes(name.toLowerCase())),
  );
}

type Weights = Map<string, Array<readonly [string, number]>>;

// A specialty is as common among candidates as among the demo's listings, and none is left out.
function specialtyWeights(scope: RegistryScope, listings: readonly ListingRecord[]): Weights {
  const primaries = new Map<string, number>();
  for (const listing of listings) {
    for (const specialty of listing.specialties) {
      if (specialty.primary) primaries.set(specialty.code, (primaries.get(specialty.code) ?? 0) + 1);
    }
  }
  const weights: Weights = new Map();
  for (const { code, category } of scope.inScope) {
    weights.set(category, [...(weights.get(category) ?? []), [code, 1 + (primaries.get(code) ?? 0)] as const]);
  }
  return weights;
}

function candidate(
  random: SeededRandom,
  index: number,
  weights: Weights,
  outOfScope: readonly string[],
  today: string,
): PractitionerRow {
  const categories = [...weights.keys()].sort();
  // The first candidates go round the focus states and the categories, so each pair has some.
  const round = index < FOCUS_STATES.length * categories.length * 2;
  const state = round ? FOCUS_STATES[index % FOCUS_STATES.length] : randomServedState(random);
  const category = round
    ? categories[Math.floor(index / FOCUS_STATES.length) % categories.length]
    : pickCategory(random, categories);
  const code = random.weighted(weights.get(category)!);
  const credential = credentialFor(code, random);
  const license = { licenseNumber: `${credential.license}${random.int(100000, 999999)}`, licenseState: state };
  const taxonomies: RegistryTaxonomy[] = [{ code, ...license, primary: true }];
  if (outOfScope.length && random.chance(0.2))
    taxonomies.push({ code: random.pick(outOfScope), ...license, primary: false });
  const place = randomPlace(random, state);
  const row = practitioner(random, today, {
    npi: withNpiCheckDigit(String(FIRST_CANDIDATE + index)),
    lastName: random.pick(names.LAST_NAMES),
    firstName: random.pick(names.FIRST_NAMES),
    credentials: credential.title,
    taxonomies,
    street: streetAddress(random),
    city: place.city,
    state,
    zip: place.zip,
    phone: phoneNumber(random),
  });
  return index % DEACTIVATED_EVERY === DEACTIVATED_EVERY - 1
    ? deactivated(random, row, index === REACTIVATED, today)
    : row;
}

function pickCategory(random: SeededRandom, categories: string[]): string {
  return random.weighted(categories.map((category) => [category, category === 'gynecology' ? 45 : 55] as const));
}

interface Essentials {
  npi: string;
  lastName: string;
  firstName: string;
  credentials: string;
  taxonomies: RegistryTaxonomy[];
  street: string;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
}

// NPPES writes names and addresses in capitals and phone numbers as bare digits.
function practitioner(random: SeededRandom, today: string, essentials: Essentials): PractitionerRow {
  const taxonomies = essentials.taxonomies.slice(0, MAX_SLOTS);
  const enumeratedOn = daysBefore(today, random.int(800, 6500));
  const physician = /\b(MD|DO)\b/.test(essentials.credentials);
  return {
    npi: essentials.npi,
    lastName: essentials.lastName.toUpperCase(),
    firstName: essentials.firstName.toUpperCase(),
    middleName: random.chance(0.5) ? random.pick(names.FIRST_NAMES).toUpperCase() : null,
    namePrefix: physician && random.chance(0.5) ? 'DR.' : null,
    nameSuffix: null,
    credentials: essentials.credentials,
    sexCode: null,
    taxonomies,
    primaryTaxonomyCode: taxonomies.find((taxonomy) => taxonomy.primary)?.code ?? null,
    practiceLine1: essentials.street.toUpperCase(),
    practiceLine2: null,
    practiceCity: essentials.city.toUpperCase(),
    practiceState: essentials.state,
    practicePostalCode: essentials.zip,
    practicePhone: essentials.phone?.replace(/[^0-9]/g, '') ?? null,
    enumeratedOn,
    lastUpdatedOn: daysBefore(today, random.int(1, 399)),
    deactivatedOn: null,
    deactivationReason: null,
    reactivatedOn: null,
  };
}

function deactivated(random: SeededRandom, row: PractitionerRow, reactivated: boolean, today: string): PractitionerRow {
  const deactivatedOn = daysBefore(today, random.int(200, 700));
  const reactivatedOn = reactivated ? daysBefore(today, random.int(30, 199)) : null;
  return {
    ...row,
    lastUpdatedOn: reactivatedOn ?? deactivatedOn,
    deactivatedOn,
    deactivationReason: deactivationReason(null),
    reactivatedOn,
  };
}

function daysBefore(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
