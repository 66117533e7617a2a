// Test-only: NPPES files in the real layouts, small ones written row by row for the importer's tests, and large
// synthetic ones for the memory test and the benchmark. Exported through the directory's testing entry point.
import { withNpiCheckDigit } from '@app/shared';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { SeededRandom } from '../bulk/seeded-random';
import { NPPES_COLUMNS, nppesHeader, SEX_CODE_COLUMNS, TAXONOMY_SLOTS, taxonomySlotColumns } from './nppes-layout';

/** A row as column name → value; columns left out are empty. */
export type NppesValues = Record<string, string>;

export interface NppesTaxonomySpec {
  code: string;
  primary?: boolean;
  licenseNumber?: string;
  licenseState?: string;
}

export interface NppesPractitionerSpec {
  npi: string;
  entityType?: '1' | '2' | '';
  lastName?: string;
  firstName?: string;
  credentials?: string;
  /** Taxonomies by slot: index 0 is slot 1; `undefined` leaves a slot empty. */
  taxonomies?: Array<NppesTaxonomySpec | undefined>;
  practiceState?: string;
  practicePostalCode?: string;
  /** MM/DD/YYYY, as NPPES writes dates. */
  lastUpdated?: string;
  deactivated?: string;
  reactivated?: string;
  deactivationReason?: string;
  sexCode?: string;
}

/** An individual practitioner's row, with plausible values for whatever the spec leaves out. */
export function nppesPractitioner(spec: NppesPractitionerSpec): NppesValues {
  const values: NppesValues = {
    [NPPES_COLUMNS.npi]: spec.npi,
    [NPPES_COLUMNS.entityType]: spec.entityType ?? '1',
    [NPPES_COLUMNS.lastName]: spec.lastName ?? 'RIVERA',
    [NPPES_COLUMNS.firstName]: spec.firstName ?? 'ALEX',
    [NPPES_COLUMNS.credentials]: spec.credentials ?? 'MD',
    [NPPES_COLUMNS.practiceLine1]: '100 MAIN ST',
    [NPPES_COLUMNS.practiceCity]: 'HARTFORD',
    [NPPES_COLUMNS.practiceState]: spec.practiceState ?? 'CT',
    [NPPES_COLUMNS.practicePostalCode]: spec.practicePostalCode ?? '061051208',
    [NPPES_COLUMNS.practicePhone]: '8605550100',
    'Provider First Line Business Mailing Address': 'PO BOX 12',
    'Provider Business Mailing Address City Name': 'HARTFORD',
    'Provider Business Mailing Address State Name': 'CT',
    'Provider Business Mailing Address Postal Code': '06101',
    [NPPES_COLUMNS.enumeratedOn]: '05/23/2005',
    [NPPES_COLUMNS.lastUpdatedOn]: spec.lastUpdated ?? '01/15/2024',
    [NPPES_COLUMNS.deactivatedOn]: spec.deactivated ?? '',
    [NPPES_COLUMNS.reactivatedOn]: spec.reactivated ?? '',
    [NPPES_COLUMNS.deactivationReason]: spec.deactivationReason ?? '',
  };
  for (const column of SEX_CODE_COLUMNS) values[column] = spec.sexCode ?? 'F';
  (spec.taxonomies ?? []).forEach((taxonomy, i) => {
    if (!taxonomy) return;
    const slot = taxonomySlotColumns(i + 1);
    values[slot.code] = taxonomy.code;
    values[slot.licenseNumber] = taxonomy.licenseNumber ?? `L${1000 + i}`;
    values[slot.licenseState] = taxonomy.licenseState ?? 'CT';
    values[slot.primarySwitch] = taxonomy.primary ? 'Y' : 'N';
  });
  return values;
}

/** A deactivated NPI as full files carry it: the NPI and the deactivation date, nothing else. */
export function nppesBareDeactivation(npi: string, deactivated: string): NppesValues {
  return { [NPPES_COLUMNS.npi]: npi, [NPPES_COLUMNS.deactivatedOn]: deactivated };
}

const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** One line of the file: every field quoted, as CMS writes them. */
export function nppesLine(header: string[], values: NppesValues): string {
  return `${header.map((column) => quoted(values[column] ?? '')).join(',')}\n`;
}

/** A whole file: the header (the current layout unless told) and the rows. */
export function nppesCsv(rows: NppesValues[], header: string[] = nppesHeader()): string {
  return `${header.map(quoted).join(',')}\n${rows.map((row) => nppesLine(header, row)).join('')}`;
}

export interface SyntheticNppesOptions {
  rows: number;
  seed: number;
  /** Codes the directory covers (read from `specialties`); the generator draws kept practitioners from them. */
  inScopeCodes: readonly string[];
}

/** What a synthetic file holds, by kind of row. */
export interface SyntheticNppesMix {
  rows: number;
  organizations: number;
  bareDeactivations: number;
  outOfScopeIndividuals: number;
  /** Individuals with an in-scope taxonomy: the rows an import keeps. */
  inScopeIndividuals: number;
  primaryNotInSlot1: number;
  noPrimary: number;
  deactivatedInScope: number;
  reactivatedInScope: number;
  zipPlus4: number;
  oddZips: number;
  bytes: number;
}

// Codes no listing will ever use (dentists, pharmacists, chiropractors, radiologists…): the rows an import leaves out.
const OUT_OF_SCOPE_CODES = ['1223G0001X', '183500000X', '111N00000X', '2085R0202X', '207X00000X', '225100000X'];
const LAST_NAMES = ['SMITH', 'NGUYEN', 'GARCIA', "O'BRIEN", 'KOWALSKI', 'WASHINGTON', 'PATEL', 'MÜLLER', 'LEE'];
const FIRST_NAMES = ['MARIA', 'JAMES', 'PRIYA', 'SAM', 'JORDAN', 'WEI', 'FATIMA', 'JOSÉ'];
const STATES = ['IL', 'CA', 'NY', 'TX', 'CT', 'MA', 'KS', 'WA', 'GA'];
const ODD_ZIPS = ['1234', '0210', 'K1A 0B1', ' 60614 ', '606141234567'];

/**
 * Writes a synthetic full file in the current 330-column layout (streamed: any size) and says what is in it. The mix,
 * by row: 20% organizations, 4% bare deactivations, the rest individuals, 55% of them with an in-scope taxonomy in one
 * of up to four slots (primary in slot 1 for 70%, in slots 2–4 for 25%, none for 5%); 3% of those deactivated (half
 * of them reactivated later); practice ZIPs 70% ZIP+4, 25% five digits, 5% odd.
 */
export async function writeSyntheticNppesFile(
  path: string,
  options: SyntheticNppesOptions,
): Promise<SyntheticNppesMix> {
  const random = new SeededRandom(options.seed);
  const header = nppesHeader();
  const position = new Map(header.map((column, i) => [column, i]));
  const mix: SyntheticNppesMix = {
    rows: options.rows,
    organizations: 0,
    bareDeactivations: 0,
    outOfScopeIndividuals: 0,
    inScopeIndividuals: 0,
    primaryNotInSlot1: 0,
    noPrimary: 0,
    deactivatedInScope: 0,
    reactivatedInScope: 0,
    zipPlus4: 0,
    oddZips: 0,
    bytes: 0,
  };
  const out = createWriteStream(path);
  const write = async (text: string) => {
    mix.bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${header.map(quoted).join(',')}\n`);
  let buffered = '';
  for (let i = 0; i < options.rows; i++) {
    const values = syntheticRow(random, i, options.inScopeCodes, mix);
    const fields = new Array<string>(header.length).fill('');
    for (const column in values) fields[position.get(column)!] = values[column].replace(/"/g, '""');
    buffered += `"${fields.join('","')}"\n`;
    if (buffered.length > 1 << 20) {
      await write(buffered);
      buffered = '';
    }
  }
  await write(buffered);
  out.end();
  await once(out, 'finish');
  return mix;
}

function syntheticRow(
  random: SeededRandom,
  i: number,
  inScope: readonly string[],
  mix: SyntheticNppesMix,
): NppesValues {
  const npi = withNpiCheckDigit(String(100_000_000 + i * 7 + random.int(0, 6)));
  if (random.chance(0.04)) {
    mix.bareDeactivations++;
    return nppesBareDeactivation(npi, syntheticDate(random, 2010, 2024));
  }
  const organization = random.chance(0.2 / 0.96);
  const kept = !organization && random.chance(0.55);
  const codes = Array.from(
    {
      length: random.weighted([
        [1, 50],
        [2, 30],
        [3, 15],
        [4, 5],
      ] as const),
    },
    () => random.pick(OUT_OF_SCOPE_CODES),
  );
  if (kept) codes[random.int(0, codes.length - 1)] = random.pick(inScope);
  const primarySlot = random.weighted([
    [0, 70],
    [random.int(1, 3), 25],
    [-1, 5],
  ] as const);
  const deactivated = kept && random.chance(0.03);
  const reactivated = deactivated && random.chance(0.5);
  const values = nppesPractitioner({
    npi,
    entityType: organization ? '2' : '1',
    lastName: random.pick(LAST_NAMES),
    firstName: random.pick(FIRST_NAMES),
    credentials: random.pick(['MD', 'DO', 'NP', 'CNM', 'PA-C', 'M.D.']),
    taxonomies: codes.map((code, slot) => ({
      code,
      primary: slot === Math.min(primarySlot, codes.length - 1),
      licenseNumber: `${random.int(10000, 999999)}`,
      licenseState: random.pick(STATES),
    })),
    practiceState: random.pick(STATES),
    practicePostalCode: syntheticZip(random, mix),
    lastUpdated: syntheticDate(random, 2015, 2024),
    deactivated: deactivated ? syntheticDate(random, 2016, 2019) : '',
    reactivated: reactivated ? syntheticDate(random, 2020, 2023) : '',
    sexCode: random.pick(['F', 'M', 'X', '']),
  });
  if (organization) {
    mix.organizations++;
    values['Provider Organization Name (Legal Business Name)'] = `${random.pick(LAST_NAMES)} HEALTH CENTER LLC`;
    values['Authorized Official Last Name'] = random.pick(LAST_NAMES);
    values['Authorized Official Telephone Number'] = '3125550100';
  } else if (kept) {
    mix.inScopeIndividuals++;
    if (primarySlot !== 0 && codes.length > 1) mix.primaryNotInSlot1++;
    if (primarySlot < 0 && codes.length > 0) mix.noPrimary++;
    if (deactivated) mix.deactivatedInScope++;
    if (reactivated) mix.reactivatedInScope++;
  } else {
    mix.outOfScopeIndividuals++;
  }
  if (primarySlot < 0) {
    for (let slot = 1; slot <= TAXONOMY_SLOTS; slot++) {
      if (values[taxonomySlotColumns(slot).code]) values[taxonomySlotColumns(slot).primarySwitch] = 'X';
    }
  }
  values['Other Provider Identifier_1'] = `${random.int(100000, 9999999)}`;
  values['Other Provider Identifier Type Code_1'] = '05';
  values['Other Provider Identifier State_1'] = values[NPPES_COLUMNS.practiceState];
  values['Is Sole Proprietor'] = random.pick(['Y', 'N', 'X']);
  return values;
}

function syntheticZip(random: SeededRandom, mix: SyntheticNppesMix): string {
  const roll = random.next();
  if (roll < 0.05) {
    mix.oddZips++;
    return random.pick(ODD_ZIPS);
  }
  const five = String(random.int(1001, 99950)).padStart(5, '0');
  if (roll < 0.75) {
    mix.zipPlus4++;
    return `${five}${String(random.int(1, 9999)).padStart(4, '0')}`;
  }
  return five;
}

function syntheticDate(random: SeededRandom, from: number, to: number): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${random.int(from, to)}`;
}
