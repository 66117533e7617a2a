import { withNpiCheckDigit } from '@app/shared';
import { aListing } from '@test/factories/listing.factory';
import { insertListings } from '@test/support/fixtures';
import { useTestServices } from '@test/support/use-test-services';
import { zipOf } from '@test/support/zip-file';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  nppesBareDeactivation,
  nppesCsv,
  nppesLine,
  nppesPractitioner,
  NppesPractitionerSpec,
  NppesValues,
} from './nppes-file-writer';
import { nppesHeader } from './nppes-layout';
import { RegistryFileKind } from './registry-file-kind';
import { RegistryImport, RegistryImportOptions, REPEATED_NPI, UNKNOWN_DEACTIVATION } from './registry-import.service';
import { RegistryFileError } from './registry.errors';
import { RegistryImportModule } from './registry.module';

const SAMPLE = join(__dirname, '../../../../test/fixtures/nppes/npidata-sample-2018-practitioners.csv');

// Test fixtures: two codes the directory covers today and one it never will (dentistry).
const OB_GYN = '207V00000X';
const FAMILY_MEDICINE = '207Q00000X';
const DENTIST = '1223G0001X';

interface RegistryRow {
  npi: string;
  last_name: string | null;
  sex_code: string | null;
  taxonomies: { code: string; licenseNumber: string | null; licenseState: string | null; primary: boolean }[];
  taxonomy_codes: string[];
  primary_taxonomy_code: string | null;
  practice_postal_code: string | null;
  last_updated_on: string | null;
  deactivated_on: string | null;
  deactivation_reason: string | null;
  reactivated_on: string | null;
  source_file: string;
  source_date: string;
}

let npiSequence = 0;
const newNpi = () => withNpiCheckDigit(String(700_000_000 + ++npiSequence));
const practitioner = (spec: Partial<NppesPractitionerSpec> = {}) =>
  nppesPractitioner({ npi: newNpi(), taxonomies: [{ code: OB_GYN, primary: true }], ...spec });
const npiOf = (row: NppesValues) => row.NPI;

describe('Loading NPPES files into the NPI registry', () => {
  const { get, database } = useTestServices([RegistryImportModule]);
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'nppes-import-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const fileWith = async (name: string, content: string | Buffer) => {
    const path = join(folder, name);
    await writeFile(path, content);
    return path;
  };
  const load = async (name: string, content: string | Buffer, options: RegistryImportOptions = {}) =>
    get(RegistryImport).importFile(await fileWith(name, content), options);
  const refusal = (attempt: Promise<unknown>) =>
    attempt.then(
      () => undefined,
      (error: unknown) => error,
    );
  const registryRow = async (npi: string) =>
    (
      await database().query<RegistryRow & Record<string, unknown>>(
        `SELECT npi, last_name, sex_code, taxonomies, taxonomy_codes, primary_taxonomy_code, practice_postal_code,
           to_char(last_updated_on, 'YYYY-MM-DD') AS last_updated_on, to_char(deactivated_on, 'YYYY-MM-DD') AS deactivated_on,
           deactivation_reason, to_char(reactivated_on, 'YYYY-MM-DD') AS reactivated_on, source_file,
           to_char(source_date, 'YYYY-MM-DD') AS source_date
         FROM registry_practitioners WHERE npi = $1`,
        [npi],
      )
    )[0];
  const registrySnapshot = async () =>
    database().query(
      `SELECT (SELECT count(*) FROM registry_imports)::int AS imports,
              (SELECT string_agg(npi || content_hash, ',' ORDER BY npi) FROM registry_practitioners) AS rows`,
    );

  describe('the 2018 sample of real practitioners (329 columns)', () => {
    let sampleLines: string[][];
    let inScope: Set<string>;

    beforeAll(async () => {
      const text = await readFile(SAMPLE, 'utf8');
      // The sample has no quotes or line breaks inside fields: each line is a JSON array once bracketed.
      sampleLines = text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(`[${line}]`) as string[]);
      const codes = await database().query<{ code: string }>('SELECT code FROM specialties WHERE category IS NOT NULL');
      inScope = new Set(codes.map((row) => row.code));
    });

    const column = (name: string) => sampleLines[0].indexOf(name);
    const codesOf = (line: string[]) =>
      Array.from({ length: 15 }, (_, i) => line[column(`Healthcare Provider Taxonomy Code_${i + 1}`)]).filter(Boolean);

    it('keeps exactly the individuals with an in-scope taxonomy, with their primary slot, and re-loads as a no-op', async () => {
      const rows = sampleLines.slice(1);
      const expected = rows
        .filter((line) => line[column('Entity Type Code')] === '1' && codesOf(line).some((code) => inScope.has(code)))
        .map((line) => line[0])
        .sort();
      const path = await fileWith('npidata_pfile_20050523-20180710.csv', await readFile(SAMPLE));

      const first = await get(RegistryImport).importFile(path);

      expect(first).toMatchObject({
        kind: RegistryFileKind.FULL,
        dataDate: '2018-07-10',
        rowsRead: 2000,
        rowsKept: expected.length,
        rowsSkipped: 2000 - expected.length,
        rowsChanged: expected.length,
        badLines: [],
      });
      expect(first.skippedByReason).toEqual(
        expected.length < 2000 ? { 'no in-scope taxonomy': 2000 - expected.length } : {},
      );
      const stored = await database().query<RegistryRow & Record<string, unknown>>(
        `SELECT npi, taxonomy_codes, primary_taxonomy_code, taxonomies FROM registry_practitioners
         WHERE source_file = $1 ORDER BY npi`,
        [first.fileName],
      );
      expect(stored.map((row) => row.npi)).toEqual(expected);
      for (const row of stored) {
        expect(row.taxonomy_codes.some((code) => inScope.has(code))).toBe(true);
        const line = rows.find((candidate) => candidate[0] === row.npi)!;
        expect(row.taxonomy_codes).toEqual(codesOf(line));
        const primarySlot = Array.from({ length: 15 }, (_, i) => i + 1).find(
          (slot) => line[column(`Healthcare Provider Primary Taxonomy Switch_${slot}`)] === 'Y',
        );
        expect(row.primary_taxonomy_code).toBe(
          primarySlot ? line[column(`Healthcare Provider Taxonomy Code_${primarySlot}`)] : null,
        );
      }

      const again = await get(RegistryImport).importFile(path);
      expect(again).toMatchObject({ rowsKept: expected.length, rowsChanged: 0, newlyDeactivated: 0 });
      const imports = await database().query(
        `SELECT file_kind, rows_read, rows_kept, rows_changed FROM registry_imports
        WHERE file_name = $1 ORDER BY started_at`,
        [first.fileName],
      );
      expect(imports).toEqual([
        { file_kind: 'FULL', rows_read: 2000, rows_kept: expected.length, rows_changed: expected.length },
        { file_kind: 'FULL', rows_read: 2000, rows_kept: expected.length, rows_changed: 0 },
      ]);
    });
  });

  it('reads the current 330-column layout and the 2018 one alike, with Sex or Gender Code', async () => {
    const current = practitioner({ sexCode: 'X' });
    const old = practitioner({ sexCode: 'M' });
    await load('npidata_pfile_20050523-20250609.csv', nppesCsv([current]));
    await load('npidata_pfile_20050523-20180609.csv', nppesCsv([old], nppesHeader('2018')));
    expect(nppesHeader()).toHaveLength(330);
    expect(nppesHeader('2018')).toHaveLength(329);
    expect(await registryRow(npiOf(current))).toMatchObject({ sex_code: 'X', source_date: '2025-06-09' });
    expect(await registryRow(npiOf(old))).toMatchObject({ sex_code: 'M', source_date: '2018-06-09' });
  });

  it('takes the primary taxonomy from the slot switched Y, wherever it is, and none when no slot is', async () => {
    const slotThree = practitioner({
      taxonomies: [
        { code: DENTIST },
        undefined,
        { code: OB_GYN, primary: true, licenseNumber: 'MD-9', licenseState: 'RI' },
      ],
    });
    const noPrimary = practitioner({ taxonomies: [{ code: FAMILY_MEDICINE }, { code: OB_GYN }] });
    await load('primary.csv', nppesCsv([slotThree, noPrimary]), { dataDate: '2024-06-09' });
    expect(await registryRow(npiOf(slotThree))).toMatchObject({
      primary_taxonomy_code: OB_GYN,
      taxonomy_codes: [DENTIST, OB_GYN],
      taxonomies: [
        { code: DENTIST, licenseNumber: 'L1000', licenseState: 'CT', primary: false },
        { code: OB_GYN, licenseNumber: 'MD-9', licenseState: 'RI', primary: true },
      ],
    });
    expect(await registryRow(npiOf(noPrimary))).toMatchObject({ primary_taxonomy_code: null });
  });

  it('leaves out organizations and practitioners with no in-scope taxonomy, counting why', async () => {
    const organization = practitioner({ entityType: '2' });
    const dentist = practitioner({ taxonomies: [{ code: DENTIST, primary: true }] });
    const kept = practitioner({ practicePostalCode: ' 021311000 ' });
    const summary = await load('scope.csv', nppesCsv([organization, dentist, kept]), { dataDate: '2024-06-09' });
    expect(summary).toMatchObject({ rowsRead: 3, rowsKept: 1, rowsSkipped: 2 });
    expect(summary.skippedByReason).toEqual({ 'organization (entity type 2)': 1, 'no in-scope taxonomy': 1 });
    expect(await registryRow(npiOf(organization))).toBeUndefined();
    expect(await registryRow(npiOf(dentist))).toBeUndefined();
    expect(await registryRow(npiOf(kept))).toMatchObject({ practice_postal_code: '021311000' });
  });

  it('finds columns by name: a reordered header loads the same', async () => {
    const row = practitioner({ lastName: 'REORDERED' });
    const header = nppesHeader().reverse();
    await load('reordered.csv', nppesCsv([row], header), { dataDate: '2024-06-09' });
    expect(await registryRow(npiOf(row))).toMatchObject({ last_name: 'REORDERED', primary_taxonomy_code: OB_GYN });
  });

  it('refuses a file missing a required column, naming it, before writing anything', async () => {
    const before = await registrySnapshot();
    const header = nppesHeader().filter((name) => name !== 'Last Update Date');
    const error = await refusal(load('missing.csv', nppesCsv([practitioner()], header)));
    expect(error).toBeInstanceOf(RegistryFileError);
    expect((error as Error).message).toContain('"Last Update Date"');
    expect(await registrySnapshot()).toEqual(before);
  });

  it('skips bad rows with their line numbers and reasons, and loads the rest', async () => {
    const good = practitioner();
    const valid = newNpi();
    const badDigit = practitioner({ npi: `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}` });
    const badDate = practitioner({ lastUpdated: '02/30/2020' });
    const short = `"${newNpi()}","1"\n`;
    const text = nppesCsv([good, badDigit]) + short + nppesLine(nppesHeader(), badDate);
    const summary = await load('bad-rows.csv', text, { dataDate: '2024-06-09' });
    expect(summary).toMatchObject({ rowsRead: 4, rowsKept: 1, rowsSkipped: 3 });
    expect(summary.skippedByReason).toEqual({ 'invalid NPI': 1, 'wrong column count': 1, 'invalid date': 1 });
    expect(summary.badLines).toEqual([
      { line: 3, reason: 'invalid NPI', detail: expect.stringContaining(badDigit.NPI) },
      { line: 4, reason: 'wrong column count', detail: '2 columns where the header has 330' },
      { line: 5, reason: 'invalid date', detail: expect.stringContaining('02/30/2020') },
    ]);
    expect(await registryRow(npiOf(good))).toBeDefined();
  });

  it('fails on a truncated file and leaves the registry as it was', async () => {
    const before = await registrySnapshot();
    const whole = nppesCsv([practitioner(), practitioner()]);
    const cutInQuotes = whole.slice(0, whole.length - 200);
    const cutAfterAField = whole.slice(0, whole.lastIndexOf('","') + 1);
    for (const [name, text] of [
      ['cut-in-quotes.csv', cutInQuotes],
      ['cut-after-field.csv', cutAfterAField],
    ]) {
      const error = await refusal(load(name, text, { dataDate: '2024-06-09' }));
      expect(error).toBeInstanceOf(RegistryFileError);
      expect((error as Error).message).toMatch(/truncated/);
    }
    expect(await registrySnapshot()).toEqual(before);
  });

  it('records deactivations, and a later reactivation as active', async () => {
    const deactivated = practitioner({ deactivated: '03/16/2021', deactivationReason: 'DT' });
    const reactivated = practitioner({ deactivated: '03/16/2006', reactivated: '03/20/2006' });
    const summary = await load('deactivated.csv', nppesCsv([deactivated, reactivated]), { dataDate: '2024-06-09' });
    expect(summary.newlyDeactivated).toBe(1);
    expect(await registryRow(npiOf(deactivated))).toMatchObject({
      deactivated_on: '2021-03-16',
      deactivation_reason: 'deactivated in NPPES: death',
    });
    expect(await registryRow(npiOf(reactivated))).toMatchObject({
      deactivated_on: '2006-03-16',
      reactivated_on: '2006-03-20',
    });
  });

  it('applies a full file’s bare deactivation rows to the practitioners it holds', async () => {
    const held = practitioner();
    await load('held.csv', nppesCsv([held]), { dataDate: '2024-05-01' });
    const unknown = newNpi();
    const summary = await load(
      'npidata_pfile_20050523-20240609.csv',
      nppesCsv([nppesBareDeactivation(held.NPI, '06/01/2024'), nppesBareDeactivation(unknown, '06/01/2024')]),
    );
    expect(summary).toMatchObject({ rowsKept: 1, rowsSkipped: 1, rowsChanged: 1, newlyDeactivated: 1 });
    expect(summary.skippedByReason).toEqual({ [UNKNOWN_DEACTIVATION]: 1 });
    expect(await registryRow(npiOf(held))).toMatchObject({
      deactivated_on: '2024-06-01',
      last_name: 'RIVERA',
      source_file: 'npidata_pfile_20050523-20240609.csv',
    });
  });

  it('updates from a weekly file only what changed, never with an older update', async () => {
    const same = practitioner({ lastUpdated: '01/15/2024' });
    const moved = practitioner({ lastUpdated: '01/15/2024', practiceState: 'CT' });
    const stale = practitioner({ lastUpdated: '01/15/2024', lastName: 'CURRENT' });
    await load('npidata_pfile_20050523-20240512.csv', nppesCsv([same, moved, stale]));
    const weekly = [
      same,
      { ...moved, [`Provider Business Practice Location Address State Name`]: 'RI', 'Last Update Date': '06/05/2024' },
      { ...stale, 'Provider Last Name (Legal Name)': 'OLDER', 'Last Update Date': '12/01/2023' },
    ];
    const summary = await load('npidata_pfile_20240603-20240609.csv', nppesCsv(weekly));
    expect(summary).toMatchObject({ kind: RegistryFileKind.WEEKLY, dataDate: '2024-06-09', rowsChanged: 1 });
    expect(await registryRow(npiOf(moved))).toMatchObject({
      last_updated_on: '2024-06-05',
      source_file: 'npidata_pfile_20240603-20240609.csv',
    });
    expect(await registryRow(npiOf(same))).toMatchObject({ source_file: 'npidata_pfile_20050523-20240512.csv' });
    expect(await registryRow(npiOf(stale))).toMatchObject({ last_name: 'CURRENT' });
    const weeklyByFlag = await load('changes.csv', nppesCsv([practitioner()]), {
      weekly: true,
      dataDate: '2024-06-16',
    });
    expect(weeklyByFlag.kind).toBe(RegistryFileKind.WEEKLY);
  });

  it('keeps the newer of two lines for one NPI in a file', async () => {
    const older = practitioner({ lastUpdated: '06/01/2024', lastName: 'NEWER' });
    const repeat = { ...older, 'Provider Last Name (Legal Name)': 'OLDER', 'Last Update Date': '01/01/2024' };
    const summary = await load('repeat.csv', nppesCsv([older, repeat]), { dataDate: '2024-06-09' });
    expect(summary.skippedByReason).toEqual({ [REPEATED_NPI]: 1 });
    expect(await registryRow(npiOf(older))).toMatchObject({ last_name: 'NEWER' });
  });

  it('reads the CSV inside a zip (not the header-only file) and refuses a damaged zip', async () => {
    const row = practitioner({ lastName: 'ZIPPED' });
    const zip = zipOf({
      'npidata_pfile_20050523-20240609_fileheader.csv': nppesCsv([]),
      'npidata_pfile_20050523-20240609.csv': nppesCsv([row, practitioner(), practitioner()]),
    });
    const summary = await load('NPPES_Data_Dissemination_June_2024.zip', zip);
    expect(summary).toMatchObject({ kind: RegistryFileKind.FULL, dataDate: '2024-06-09', rowsKept: 3 });
    expect(await registryRow(npiOf(row))).toMatchObject({ last_name: 'ZIPPED' });

    const before = await registrySnapshot();
    const damaged = Buffer.from(zipOf({ 'npidata_pfile_20050523-20240609.csv': nppesCsv([practitioner()]) }));
    damaged.fill(0x55, 60, 120);
    const error = await refusal(load('damaged.zip', damaged, { dataDate: '2024-06-09' }));
    expect(error).toBeInstanceOf(RegistryFileError);
    expect(await registrySnapshot()).toEqual(before);
  });

  it('refuses an Excel deactivation report, saying to save it as CSV', async () => {
    const error = await refusal(load('NPPES_Deactivated_NPI_Report_20240610.xlsx', Buffer.from('PK')));
    expect((error as Error).message).toMatch(/save the sheet as CSV/);
    const zipped = await refusal(
      load('NPPES_Deactivated_NPI_Report_20240610.zip', zipOf({ 'Report.xlsx': Buffer.from('x') })),
    );
    expect((zipped as Error).message).toMatch(/save the sheet as CSV/);
  });

  describe('the deactivation list', () => {
    const deactivationList = (entries: [string, string][]) =>
      `NPPES Deactivated NPI Report,,\n\nNPI,NPPES Deactivation Date\n${entries.map((e) => e.join(',')).join('\n')}\n`;

    it('deactivates the practitioners it names and flags their approved listings for re-verification at once', async () => {
      const approved = practitioner();
      const draft = practitioner();
      const stillActive = practitioner();
      await load('listed.csv', nppesCsv([approved, draft, stillActive]), { dataDate: '2024-06-01' });
      const approvedListing = aListing({ npi: approved.NPI, status: 'APPROVED' });
      const draftListing = aListing({ npi: draft.NPI, status: 'DRAFT' });
      const activeListing = aListing({ npi: stillActive.NPI, status: 'APPROVED' });
      await insertListings(database(), [approvedListing, draftListing, activeListing]);
      const reverifyOn = async (id: string) =>
        (
          await database().query<{ due: boolean }>(
            'SELECT reverify_on <= current_date AS due FROM providers WHERE id = $1',
            [id],
          )
        )[0].due;

      const list = deactivationList([
        [approved.NPI, '06/07/2024'],
        [draft.NPI, '06/08/2024'],
        [newNpi(), '06/08/2024'],
        ['1234567890', '06/08/2024'],
      ]);
      const summary = await load('NPPES_Deactivated_NPI_Report_20240610.csv', list);

      expect(summary).toMatchObject({
        kind: RegistryFileKind.DEACTIVATIONS,
        dataDate: '2024-06-10',
        rowsRead: 4,
        rowsKept: 2,
        newlyDeactivated: 2,
        listingsFlagged: 1,
      });
      expect(summary.skippedByReason).toEqual({ [UNKNOWN_DEACTIVATION]: 1, 'invalid NPI': 1 });
      expect(summary.badLines).toEqual([{ line: 7, reason: 'invalid NPI', detail: expect.any(String) }]);
      expect(await registryRow(approved.NPI)).toMatchObject({
        deactivated_on: '2024-06-07',
        deactivation_reason: 'deactivated in NPPES (reason not published)',
      });
      expect(await reverifyOn(approvedListing.id)).toBe(true);
      expect(await reverifyOn(draftListing.id)).not.toBe(true);
      expect(await reverifyOn(activeListing.id)).not.toBe(true);

      const again = await load('NPPES_Deactivated_NPI_Report_20240610.csv', list);
      expect(again).toMatchObject({ rowsChanged: 0, newlyDeactivated: 0, listingsFlagged: 0 });
    });

    it('loads from a zip holding the CSV', async () => {
      const row = practitioner();
      await load('listed-zip.csv', nppesCsv([row]), { dataDate: '2024-06-01' });
      const zip = zipOf({ 'NPPES_Deactivated_NPI_Report_20240710.csv': deactivationList([[row.NPI, '07/01/2024']]) });
      const summary = await load('NPPES_Deactivated_NPI_Report_20240710.zip', zip);
      expect(summary).toMatchObject({ kind: RegistryFileKind.DEACTIVATIONS, rowsKept: 1, newlyDeactivated: 1 });
      expect(await registryRow(row.NPI)).toMatchObject({ deactivated_on: '2024-07-01' });
    });
  });
});
