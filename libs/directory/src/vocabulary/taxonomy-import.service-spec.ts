import { Role } from '@app/auth';
import { ErrorCategory } from '@app/shared';
import { insertAccount } from '@test/factories/account.factory';
import { aListingInput } from '@test/factories/listing-input.factory';
import { insertOwnedListing } from '@test/factories/listing-rows.factory';
import { useTestServices } from '@test/support/use-test-services';
import { waitFor } from '@test/support/wait-for';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryModule } from '../directory.module';
import { SaveListingInput } from '../dto/save-listing.input';
import { MyListingService } from '../listing/my-listing.service';
import { ProviderSearchService } from '../search/provider-search.service';
import { TaxonomyImport } from './taxonomy-import.service';
import { VocabularyService } from './vocabulary.service';

const NUCC = join(__dirname, '../../../../data/nucc');
const [HEADER, ...RELEASE_24_1] = parse(readFileSync(join(NUCC, 'nucc-taxonomy-24.1.csv')));
const SCOPE = readFileSync(join(NUCC, 'directory-scope.csv'), 'utf8');
const column = (name: string) => HEADER.indexOf(name);

const GYNECOLOGY = '207VG0400X';
const MIDWIFE = '176B00000X';
const PERINATAL_NP = '363LP1700X';
const NEW_CODE = '207VZ0001X';

/** A release as NUCC's CSV: release 24.1 with rows replaced, dropped or added. */
function release(change: (rows: string[][]) => string[][] = (rows) => rows, header = HEADER) {
  const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [header, ...change(RELEASE_24_1.map((row) => [...row]))].map((row) => row.map(quoted).join(','));
  return { name: 'release.csv', content: lines.join('\n') };
}
const renamed = (code: string, name: string) => (rows: string[][]) =>
  rows.map((row) => (row[column('Code')] === code ? Object.assign(row, { [column('Display Name')]: name }) : row));
const without = (code: string) => (rows: string[][]) => rows.filter((row) => row[column('Code')] !== code);
const withNewCode = (rows: string[][]) => {
  const added = HEADER.map(() => '');
  Object.assign(added, {
    [column('Code')]: NEW_CODE,
    [column('Grouping')]: 'Allopathic & Osteopathic Physicians',
    [column('Classification')]: 'Obstetrics & Gynecology',
    [column('Specialization')]: 'Newly Recognised',
    [column('Display Name')]: 'Newly Recognised Physician',
    [column('Section')]: 'Individual',
  });
  return [...rows, added];
};
const scopeWith = (...lines: string[]) => ({ name: 'scope.csv', content: [SCOPE.trimEnd(), ...lines].join('\n') });

describe('Loading a NUCC taxonomy release into the directory, on real rows', () => {
  const { get, database, startAnotherProcess } = useTestServices([DirectoryModule]);
  const load = (...args: Parameters<TaxonomyImport['load']>) => get(TaxonomyImport).load(...args);
  const vocabulary = () => get(VocabularyService);
  const specialties = () =>
    database().query(
      `SELECT code, name, slug, category::text, retired_on::text AS "retiredOn", definition FROM specialties ORDER BY code`,
    );
  const specialty = async (code: string) => (await specialties()).find((s) => s.code === code);
  const today = () => new Date().toISOString().slice(0, 10);
  const saveListing = async (owner: Parameters<MyListingService['save']>[0], input: Record<string, unknown>) =>
    get(MyListingService).save(owner, aListingInput(input) as unknown as SaveListingInput);
  const searchBySpecialty = (specialty: string) =>
    get(ProviderSearchService).search({ specialty }, undefined, { first: 10 });

  it('refuses a release missing a column, writing nothing', async () => {
    const before = await specialties();
    const noNames = release(
      (rows) => rows.map((row) => row.filter((_, i) => i !== column('Display Name'))),
      HEADER.filter((name) => name !== 'Display Name'),
    );
    await expect(load(noNames, null)).rejects.toMatchObject({
      category: ErrorCategory.BAD_USER_INPUT,
      details: [{ field: 'release.csv', reason: 'has no "Display Name" column' }],
    });
    expect(await specialties()).toEqual(before);
  });

  it('refuses a scope file leaving out a code listings use, writing nothing', async () => {
    await insertOwnedListing(database(), { specialties: [{ code: GYNECOLOGY, primary: true }] });
    const before = await specialties();
    const scope = { name: 'scope.csv', content: SCOPE.replace(/^207VG0400X.*\n/m, '') };
    await expect(load(release(withNewCode), scope)).rejects.toMatchObject({
      details: [{ field: '--scope', reason: `leaves out ${GYNECOLOGY} (Gynecology Physician), which listings use` }],
    });
    expect(await specialties()).toEqual(before);
  });

  describe('a release that renames a code, adds one and drops one a listing uses', () => {
    let midwifeListing: Awaited<ReturnType<typeof insertOwnedListing>>;
    let plan: Awaited<ReturnType<typeof load>>;
    let elsewhere: Awaited<ReturnType<typeof startAnotherProcess>>;

    beforeAll(async () => {
      elsewhere = await startAnotherProcess();
      midwifeListing = await insertOwnedListing(database(), { specialties: [{ code: MIDWIFE, primary: true }] });
      await insertOwnedListing(database(), { specialties: [{ code: GYNECOLOGY, primary: true }] });
      plan = await load(
        release((rows) => withNewCode(without(MIDWIFE)(renamed(GYNECOLOGY, 'Gynecologist')(rows)))),
        null,
      );
    });

    it('says what it added, updated and retired', () => {
      expect(plan).toMatchObject({
        added: [{ code: NEW_CODE, name: 'Newly Recognised Physician' }],
        updated: [{ code: GYNECOLOGY, name: 'Gynecologist' }],
        retired: [{ code: MIDWIFE, name: 'Midwife' }],
        restored: [],
        scope: [],
      });
    });

    it('keeps every code, the new one out of scope and the dropped one retired', async () => {
      expect(await specialties()).toHaveLength(875);
      expect(await specialty(NEW_CODE)).toMatchObject({ slug: null, category: null, retiredOn: null });
      expect(await specialty(MIDWIFE)).toMatchObject({ slug: 'midwife', category: 'gynecology', retiredOn: today() });
      expect(await specialty(GYNECOLOGY)).toMatchObject({ name: 'Gynecologist', slug: 'gynecology' });
    });

    it('shows the new name on published listings and in this process’s vocabulary', async () => {
      const documents = await database().query<{ names: string[] }>(
        `SELECT array_agg(s->>'name') AS names FROM search_listings, jsonb_array_elements(document->'specialties') s
         WHERE s->>'code' = $1`,
        [GYNECOLOGY],
      );
      expect(new Set(documents[0].names)).toEqual(new Set(['Gynecologist']));
      expect(vocabulary().resolveSpecialty(GYNECOLOGY, 'specialty').name).toBe('Gynecologist');
    });

    it('reaches another process of the app without a restart', async () => {
      const named = () => elsewhere(VocabularyService).resolveSpecialty(GYNECOLOGY, 'specialty').name;
      await waitFor(() => named() === 'Gynecologist');
      expect(
        elsewhere(VocabularyService)
          .currentSpecialties()
          .map((s) => s.code),
      ).not.toContain(MIDWIFE);
    });

    it('no longer offers the retired code, yet finds the listings that have it', async () => {
      expect(
        vocabulary()
          .currentSpecialties()
          .map((s) => s.code),
      ).not.toContain(MIDWIFE);
      const found = await searchBySpecialty('midwife');
      expect(found.nodes.map((hit) => hit.listing.id)).toEqual([midwifeListing.listing.id]);
    });

    it('lets a listing keep the retired code but nobody choose it anew', async () => {
      const { listing, owner } = midwifeListing;
      const keeping = { npi: listing.npi, specialties: [{ specialty: 'midwife', primary: true }] };
      await expect(saveListing(owner, keeping)).resolves.toBeDefined();
      const newcomer = { specialties: [{ specialty: 'family-medicine' }, { specialty: MIDWIFE, primary: true }] };
      await expect(saveListing(await insertAccount(database(), Role.PROVIDER), newcomer)).rejects.toMatchObject({
        category: ErrorCategory.BAD_USER_INPUT,
        details: [{ field: 'specialties.1.specialty', reason: expect.stringContaining('left the NUCC taxonomy') }],
      });
    });

    it('refuses an out-of-scope code in a listing and in search', async () => {
      const outOfScope = { specialties: [{ specialty: NEW_CODE, primary: true }] };
      await expect(saveListing(await insertAccount(database(), Role.PROVIDER), outOfScope)).rejects.toMatchObject({
        details: [{ field: 'specialties.0.specialty', reason: expect.stringContaining('not a specialty') }],
      });
      await expect(searchBySpecialty(NEW_CODE)).rejects.toMatchObject({ category: ErrorCategory.BAD_USER_INPUT });
    });
  });

  describe('the next release, with the dropped code back and a scope file', () => {
    let plan: Awaited<ReturnType<typeof load>>;

    beforeAll(async () => {
      plan = await load(release(), scopeWith(`${PERINATAL_NP},gynecology,perinatal-nurse-practitioner`));
    });

    it('brings the code back, retires the one the release lacks and applies the scope', () => {
      expect(plan).toMatchObject({
        added: [],
        updated: [{ code: GYNECOLOGY, name: 'Gynecology Physician' }],
        retired: [{ code: NEW_CODE }],
        restored: [{ code: MIDWIFE }],
        scope: [{ code: PERINATAL_NP, category: 'gynecology', slug: 'perinatal-nurse-practitioner' }],
      });
    });

    it('offers the returning and the newly scoped codes at once', async () => {
      expect(await specialty(MIDWIFE)).toMatchObject({ retiredOn: null });
      const offered = vocabulary()
        .currentSpecialties()
        .map((s) => s.slug);
      expect(offered).toEqual(expect.arrayContaining(['midwife', 'perinatal-nurse-practitioner']));
      const inScope = await database().query('SELECT code FROM specialties WHERE category IS NOT NULL');
      expect(inScope).toHaveLength(SCOPE.split('\n').filter((line) => /^[0-9]/.test(line)).length + 1);
    });

    it('changes nothing when loaded again', async () => {
      const before = await specialties();
      expect(await load(release(), scopeWith(`${PERINATAL_NP},gynecology,perinatal-nurse-practitioner`))).toEqual({
        added: [],
        updated: [],
        retired: [],
        restored: [],
        scope: [],
      });
      expect(await specialties()).toEqual(before);
    });
  });
});
