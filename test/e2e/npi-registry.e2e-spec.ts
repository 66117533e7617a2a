import { Role } from '@app/auth';
import { aRegistryRow, insertRegistryImport, insertRegistryRows } from '@test/factories/registry.factory';
import { aListingInput } from '@test/factories/listing-input.factory';
import { insertOwnedListing } from '@test/factories/listing-rows.factory';
import { signedInAccount } from '@test/support/accounts';
import { Connection, graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

const RECORD_FIELDS = `registryRecord { npi lastName active deactivatedOn dataDate sourceFile
  taxonomies { code name licenseNumber licenseState primary } } registryNameMatch`;
const CLAIM = `mutation ($npi: String!) {
  claimListing(npi: $npi, licenses: [{ state: KS, licenseType: "MD", number: "KS-1" }]) { id status } }`;
const CLAIMS = `{ claimsForReview(first: 100) { nodes { id listing { id npi ${RECORD_FIELDS} } } } }`;
const LISTING = `query ($id: ID!) { listing(id: $id) { id ${RECORD_FIELDS} } }`;
const LISTINGS = `{ listingsForReview(status: APPROVED, first: 100) { nodes { id npi ${RECORD_FIELDS} } } }`;

type RecordFields = {
  registryRecord: { npi: string; active: boolean; taxonomies: Array<{ code: string; name: string | null }> } | null;
  registryNameMatch: string;
};

// The registry's record is for admins: a claim of a registry NPI reaches their queue with it, and no one else reads it.
describe('The NPI registry over GraphQL', () => {
  const { app, database, account } = useTestApp({ signedIn: [Role.ADMIN, Role.PROVIDER, Role.THERAPIST] });
  const admin = () => account(Role.ADMIN);

  it('puts a claim of a registry NPI in the admins’ queue with the registry record and a name match', async () => {
    const row = aRegistryRow({ firstName: 'RENATA', lastName: 'ÁLVAREZ' });
    await insertRegistryRows(database(), [row]);
    const claimant = await signedInAccount(app(), database(), Role.PROVIDER);
    const claimed = await graphql<{ claimListing: { id: string; status: string } }>(
      app(),
      CLAIM,
      { npi: row.npi },
      claimant.token,
    );
    expect(claimed.data?.claimListing.status).toBe('OPEN');

    const queue = await graphql<{
      claimsForReview: Connection<{ id: string; listing: RecordFields & { id: string } }>;
    }>(app(), CLAIMS, {}, admin().token);
    const node = queue.data!.claimsForReview.nodes.find((n) => n.id === claimed.data!.claimListing.id)!;
    expect(node.listing).toMatchObject({
      registryNameMatch: 'MATCH',
      registryRecord: {
        npi: row.npi,
        lastName: 'ÁLVAREZ',
        active: true,
        deactivatedOn: null,
        dataDate: '2026-11-09',
        sourceFile: 'npidata_pfile_synthetic.csv',
        taxonomies: [
          {
            code: '207VG0400X',
            name: 'Gynecology Physician',
            licenseNumber: row.taxonomies[0].licenseNumber,
            licenseState: 'KS',
            primary: true,
          },
        ],
      },
    });

    const listing = await graphql<{ listing: RecordFields }>(app(), LISTING, { id: node.listing.id }, admin().token);
    expect(listing.data?.listing).toMatchObject({ registryNameMatch: 'MATCH', registryRecord: { npi: row.npi } });
  });

  it('leaves the expiry of a claimed registry draft’s licenses to its provider, who must enter it to save or submit', async () => {
    const row = aRegistryRow();
    await insertRegistryRows(database(), [row]);
    const claimant = await signedInAccount(app(), database(), Role.PROVIDER);
    const claimed = await graphql<{ claimListing: { id: string } }>(app(), CLAIM, { npi: row.npi }, claimant.token);
    const approval = await graphql(
      app(),
      'mutation ($id: ID!) { approveClaim(id: $id) { status } }',
      { id: claimed.data!.claimListing.id },
      admin().token,
    );
    expect(approval.data).toEqual({ approveClaim: { status: 'APPROVED' } });

    const MY_LICENSES = '{ myListing { licenses { state number expiresOn } } }';
    const drafted = await graphql<{ myListing: { licenses: unknown[] } }>(app(), MY_LICENSES, {}, claimant.token);
    const registryLicense = { state: 'KS', number: row.taxonomies[0].licenseNumber };
    expect(drafted.data?.myListing.licenses).toEqual([{ ...registryLicense, expiresOn: null }]);
    const submitted = await graphql(app(), 'mutation { submitMyListing { status } }', {}, claimant.token);
    expect(submitted.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [expect.objectContaining({ field: 'licenses.0.expiresOn' })],
    });

    const saveWithExpiry = (expiresOn: string) =>
      graphql<{ saveMyListing: { licenses: unknown[] } }>(
        app(),
        'mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { licenses { state number expiresOn } } }',
        { input: aListingInput({ npi: row.npi, licenses: [{ ...registryLicense, licenseType: 'MD', expiresOn }] }) },
        claimant.token,
      );
    const undated = await saveWithExpiry('');
    expect(undated.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: expect.arrayContaining([expect.objectContaining({ field: 'licenses.0.expiresOn' })]),
    });
    const dated = await saveWithExpiry('2028-06-30');
    expect(dated.data?.saveMyListing.licenses).toEqual([{ ...registryLicense, expiresOn: '2028-06-30' }]);
  });

  it('reads the records of a page of listings, and says which NPIs the registry lacks', async () => {
    const inRegistry = await insertOwnedListing(database(), { lastName: 'Okafor' });
    const absent = await insertOwnedListing(database());
    await insertRegistryRows(database(), [
      aRegistryRow({
        npi: inRegistry.listing.npi,
        lastName: 'OKAFOR',
        firstName: 'SOMEONE',
        deactivatedOn: '2026-10-01',
      }),
    ]);
    const page = await graphql<{ listingsForReview: Connection<RecordFields & { id: string }> }>(
      app(),
      LISTINGS,
      {},
      admin().token,
    );
    const byId = new Map(page.data!.listingsForReview.nodes.map((node) => [node.id, node]));
    expect(byId.get(inRegistry.listing.id)).toMatchObject({
      registryNameMatch: 'PARTIAL',
      registryRecord: { active: false, deactivatedOn: '2026-10-01' },
    });
    expect(byId.get(absent.listing.id)).toMatchObject({ registryNameMatch: 'NOT_IN_REGISTRY', registryRecord: null });
  });

  it('gives admins the date of the registry data and the candidates to invite', async () => {
    await insertRegistryImport(database(), '2026-11-09');
    const row = aRegistryRow({ practiceState: 'ME' });
    await insertRegistryRows(database(), [row]);
    const response = await graphql<{
      registryDataDate: string | null;
      registryCandidates: Connection<{ npi: string; practiceCity: string }>;
    }>(
      app(),
      '{ registryDataDate registryCandidates(filter: { state: ME }) { nodes { npi practiceCity } } }',
      {},
      admin().token,
    );
    expect(response.data).toEqual({
      registryDataDate: '2026-11-09',
      registryCandidates: { nodes: [{ npi: row.npi, practiceCity: 'WICHITA' }] },
    });
  });

  it('keeps the record from a provider reading their own listing', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    const input = aListingInput();
    const npi = String(input.npi);
    await insertRegistryRows(database(), [aRegistryRow({ npi })]);
    const saved = await graphql<{ saveMyListing: { id: string } }>(
      app(),
      'mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { id } }',
      { input },
      provider.token,
    );
    expect(saved.data?.saveMyListing.id).toBeDefined();

    const response = await graphql(app(), `{ myListing { id ${RECORD_FIELDS} } }`, {}, provider.token);
    expect(response.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(response.data)).not.toContain(npi);
  });

  it('refuses candidates to anyone but admins', async () => {
    for (const caller of [account(Role.PROVIDER), account(Role.THERAPIST)]) {
      const response = await graphql(
        app(),
        '{ registryCandidates(filter: { state: KS }) { nodes { npi } } }',
        {},
        caller.token,
      );
      expect(response.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(response.data ?? null).toBeNull();
    }
  });
});
