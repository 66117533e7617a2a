import { SpecialtyCategory } from '@app/directory';
import { ErrorCategory, UsState } from '@app/shared';
import { aListing } from '@test/factories/listing.factory';
import { aRegistryRow, insertRegistryRows, RegistryRow } from '@test/factories/registry.factory';
import { insertListings } from '@test/support/fixtures';
import { useTestServices } from '@test/support/use-test-services';
import { RegistryCandidateFilterInput } from './dto/registry-candidates.args';
import { RegistryCandidatesService } from './registry-candidates.service';
import { VettingModule } from './vetting.module';

const GYNECOLOGY = [{ code: '207VG0400X', licenseNumber: null, licenseState: null, primary: true }];
const FAMILY_NP = [{ code: '363LF0000X', licenseNumber: null, licenseState: null, primary: true }];

describe('Registry candidates: active practitioners of the directory’s specialties in a state, not listed yet', () => {
  const { get, database } = useTestServices([VettingModule]);

  /** Registry rows practising in `state` (each test has its own state). */
  const inRegistry = async (state: UsState, rows: Array<Partial<RegistryRow>>) => {
    const made = rows.map((row) => aRegistryRow({ practiceState: state, ...row }));
    await insertRegistryRows(database(), made);
    return made;
  };
  const candidates = async (filter: RegistryCandidateFilterInput, first = 50, after?: string) =>
    get(RegistryCandidatesService).candidates(filter, { first, after });
  const npisOf = async (filter: RegistryCandidateFilterInput) =>
    (await candidates(filter)).nodes.map((record) => record.npi);
  const sorted = (rows: RegistryRow[]) => rows.map((row) => row.npi).sort();

  it('lists the state’s practitioners by NPI, without those listed, deactivated or elsewhere', async () => {
    const [kept, listed, , reactivated] = await inRegistry(UsState.WY, [
      {},
      {},
      { deactivatedOn: '2026-10-01' },
      { deactivatedOn: '2026-01-01', reactivatedOn: '2026-02-01' },
    ]);
    await inRegistry(UsState.MT, [{}]);
    await insertListings(database(), [aListing({ npi: listed.npi })]);
    expect(await npisOf({ state: UsState.WY })).toEqual(sorted([kept, reactivated]));
  });

  it('narrows to a category, a specialty (slug or code) and the start of a name', async () => {
    const [gynecologist, nursePractitioner] = await inRegistry(UsState.VT, [
      { taxonomies: GYNECOLOGY, lastName: 'ABERNATHY', firstName: 'JO' },
      { taxonomies: FAMILY_NP, lastName: 'ZIMMER', firstName: 'ABBY' },
    ]);
    expect(await npisOf({ state: UsState.VT, category: SpecialtyCategory.GYNECOLOGY })).toEqual([gynecologist.npi]);
    expect(await npisOf({ state: UsState.VT, specialty: 'family-nurse-practitioner' })).toEqual([
      nursePractitioner.npi,
    ]);
    expect(await npisOf({ state: UsState.VT, specialty: '207vg0400x' })).toEqual([gynecologist.npi]);
    expect(await npisOf({ state: UsState.VT, name: 'ab' })).toEqual(sorted([gynecologist, nursePractitioner]));
    expect(await npisOf({ state: UsState.VT, name: 'zim' })).toEqual([nursePractitioner.npi]);
  });

  it('leaves out practitioners with no in-scope taxonomy', async () => {
    await inRegistry(UsState.ND, [
      { taxonomies: [{ code: '2084P0800X', licenseNumber: null, licenseState: null, primary: true }] },
    ]);
    expect(await npisOf({ state: UsState.ND })).toEqual([]);
  });

  it('pages by keyset, each practitioner once', async () => {
    const rows = await inRegistry(UsState.SD, [{}, {}, {}, {}, {}]);
    const first = await candidates({ state: UsState.SD }, 2);
    const second = await candidates({ state: UsState.SD }, 2, first.pageInfo.endCursor ?? undefined);
    const third = await candidates({ state: UsState.SD }, 2, second.pageInfo.endCursor ?? undefined);
    expect([first, second, third].map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect([...first.nodes, ...second.nodes, ...third.nodes].map((record) => record.npi)).toEqual(sorted(rows));
    await expect(candidates({ state: UsState.ND }, 2, first.pageInfo.endCursor ?? undefined)).rejects.toMatchObject({
      category: ErrorCategory.BAD_USER_INPUT,
    });
  });

  it('refuses a specialty the directory does not list, or one outside the category', async () => {
    await expect(candidates({ state: UsState.SD, specialty: 'psychiatry' })).rejects.toMatchObject({
      category: ErrorCategory.BAD_USER_INPUT,
      details: [expect.objectContaining({ field: 'filter.specialty' })],
    });
    await expect(
      candidates({ state: UsState.SD, category: SpecialtyCategory.PRIMARY_CARE, specialty: 'gynecology' }),
    ).rejects.toMatchObject({
      details: [{ field: 'filter.specialty', reason: 'is not a primary-care specialty' }],
    });
  });
});
