import { Role } from '@app/auth';
import { ErrorCategory } from '@app/shared';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { aRegistryRow, insertRegistryRows, RegistryRow } from '@test/factories/registry.factory';
import { useTestServices } from '@test/support/use-test-services';
import { DataSource } from 'typeorm';
import { DirectoryModule } from '../directory.module';
import { ListingClaimService } from '../listing/listing-claim.service';
import { ListingClaims } from '../listing/listing-claims.service';
import { ListingStatus } from '../listing/listing-lifecycle';
import { ListingViews } from '../listing/listing.views';
import { MyListingService } from '../listing/my-listing.service';
import { CREATE_FROM_REGISTRY } from './registry-prefill.service';

const KS_LICENSE = { state: 'KS', licenseType: 'MD', number: 'KS-0001' };

// A claim of an NPI that no listing has but the registry does: a draft started from the registry, claimed as any.
describe('Claims of registry NPIs: an unowned draft from the registry record, claimed and decided as any listing', () => {
  const { get, database } = useTestServices([DirectoryModule]);
  let admin: AccountRow;

  beforeAll(async () => {
    admin = await insertAccount(database(), Role.ADMIN);
  });

  const newProvider = () => insertAccount(database(), Role.PROVIDER);
  const inRegistry = async (overrides: Partial<RegistryRow> = {}) => {
    const row = aRegistryRow(overrides);
    await insertRegistryRows(database(), [row]);
    return row;
  };
  const claim = (claimant: AccountRow, npi: string) => get(ListingClaimService).claim(claimant, npi, [KS_LICENSE]);
  const view = (id: string) => get(ListingViews).load(get(DataSource).manager, id);
  const listingsWithNpi = async (npi: string) =>
    (await database().query<{ id: string }>('SELECT id FROM providers WHERE npi = $1', [npi])).map((r) => r.id);
  const refusal = (attempt: Promise<unknown>) =>
    attempt.then(
      () => undefined,
      (error: unknown) => error,
    );

  it('starts an unowned draft from the record, with nothing public, and records the claim on it', async () => {
    const row = await inRegistry({
      firstName: 'ROSA',
      lastName: 'DE LA CRUZ',
      credentials: 'M.D., M.P.H.',
      taxonomies: [
        { code: '2084P0800X', licenseNumber: 'KS-77', licenseState: 'KS', primary: true },
        { code: '207VG0400X', licenseNumber: 'KS-0001', licenseState: 'KS', primary: false },
        { code: '363LF0000X', licenseNumber: 'MO-5', licenseState: 'MO', primary: false },
      ],
      practicePostalCode: '672021234',
    });
    const claimant = await newProvider();

    const claimed = await claim(claimant, row.npi);

    expect(claimed).toMatchObject({ status: 'OPEN', npi: row.npi, licenses: [KS_LICENSE] });
    const { listing } = await view(claimed.listingId);
    expect(listing).toMatchObject({
      ownerAccountId: null,
      status: ListingStatus.DRAFT,
      firstName: 'Rosa',
      lastName: 'De La Cruz',
      credentials: ['MD', 'MPH'],
      careAttributes: [],
      attestationVersion: null,
    });
    // The psychiatry slot is out of scope: the first in-scope specialty is primary.
    expect(listing.specialties).toEqual([
      { code: '207VG0400X', primary: true },
      { code: '363LF0000X', primary: false },
    ]);
    expect(listing.locations).toEqual([
      expect.objectContaining({ street: '100 N Main St', city: 'Wichita', state: 'KS', zip: '67202' }),
    ]);
    // The registry gives no expiry: none is made up, the provider enters it.
    expect(
      listing.licenseRecords.map(({ state, licenseType, number, expiresOn, verification }) => [
        state,
        licenseType,
        number,
        expiresOn,
        verification,
      ]),
    ).toEqual([
      ['KS', 'MD', 'KS-0001', null, 'UNVERIFIED'],
      ['KS', 'MD', 'KS-77', null, 'UNVERIFIED'],
      ['MO', 'APRN', 'MO-5', null, 'UNVERIFIED'],
    ]);
    expect(await database().query('SELECT 1 FROM search_listings WHERE provider_id = $1', [listing.id])).toEqual([]);

    const trail = await get(ListingViews).history(get(DataSource).manager, listing.id);
    expect(trail.map((step) => [step.action, step.actorId, step.reason])).toEqual([
      [CREATE_FROM_REGISTRY, claimant.id, 'NPI registry file npidata_pfile_synthetic.csv, data of 2026-11-09'],
      ['CLAIM_SUBMIT', claimant.id, null],
    ]);
  });

  it('lets a second account claim the same draft; the approved claimant owns it and completes it', async () => {
    const row = await inRegistry();
    const [first, second] = [await newProvider(), await newProvider()];
    const firstClaim = await claim(first, row.npi);
    const secondClaim = await claim(second, row.npi);

    expect(secondClaim.listingId).toBe(firstClaim.listingId);
    expect(await listingsWithNpi(row.npi)).toEqual([firstClaim.listingId]);

    await get(DataSource).transaction((manager) =>
      get(ListingClaims).approve(manager, { claimId: secondClaim.id, adminId: admin.id, reason: null }),
    );
    expect((await get(MyListingService).find(second))?.listing).toMatchObject({
      id: firstClaim.listingId,
      status: ListingStatus.DRAFT,
      ownerAccountId: second.id,
    });
    expect((await get(ListingClaimService).mine(first))[0]).toMatchObject({ status: 'REJECTED' });
  });

  it('refuses a deactivated NPI by name, starting nothing, but takes a reactivated one', async () => {
    const deactivated = await inRegistry({ deactivatedOn: '2026-10-01', deactivationReason: 'DT' });
    expect(await refusal(claim(await newProvider(), deactivated.npi))).toMatchObject({
      category: ErrorCategory.BAD_USER_INPUT,
      code: 'REGISTRY.NPI_DEACTIVATED',
      details: [{ field: 'npi', reason: `NPI ${deactivated.npi} was deactivated in the NPI registry on 2026-10-01` }],
    });
    expect(await listingsWithNpi(deactivated.npi)).toEqual([]);

    const reactivated = await inRegistry({ deactivatedOn: '2026-01-01', reactivatedOn: '2026-02-01' });
    expect((await claim(await newProvider(), reactivated.npi)).status).toBe('OPEN');
  });

  it('answers an NPI neither the directory nor the registry has as before', async () => {
    expect(await refusal(claim(await newProvider(), '9999999995'))).toMatchObject({
      category: ErrorCategory.NOT_FOUND,
      code: 'DIRECTORY.CLAIMABLE_LISTING_NOT_FOUND',
    });
  });

  it('leaves no draft behind when the claim itself is refused', async () => {
    const claimant = await newProvider();
    await claim(claimant, (await inRegistry()).npi);
    const other = await inRegistry();
    expect(await refusal(claim(claimant, other.npi))).toMatchObject({ code: 'DIRECTORY.OPEN_CLAIM_EXISTS' });
    expect(await listingsWithNpi(other.npi)).toEqual([]);
  });

  it('leaves the location out when the registry’s ZIP code is unknown', async () => {
    const row = await inRegistry({ practicePostalCode: '00000' });
    const { listingId } = await claim(await newProvider(), row.npi);
    expect((await view(listingId)).listing.locations).toEqual([]);
  });
});
