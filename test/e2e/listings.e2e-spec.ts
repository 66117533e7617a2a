import { Role } from '@app/auth';
import { aListingInput, MANAGED_LISTING_FIELDS } from '@test/factories/listing-input.factory';
import { signedInAccount, TestAccount } from '@test/support/accounts';
import { graphql, GraphqlResponse } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type Listing = {
  id: string;
  npi: string;
  status: string;
  ownerAccountId: string | null;
};

const SAVE = `mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { ${MANAGED_LISTING_FIELDS} } }`;
const MY_LISTING = `{ myListing { ${MANAGED_LISTING_FIELDS} } }`;

const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;

// A provider's own listing over GraphQL; the rules of saving and submitting are the service spec's
// (libs/directory/src/listing/my-listing.service-spec.ts). Claims have their own (listing-claims.e2e-spec.ts).
describe('Provider-managed listings', () => {
  const { app, database } = useTestApp();

  const newProvider = () => signedInAccount(app(), database(), Role.PROVIDER);
  const save = (provider: TestAccount, input: Record<string, unknown>) =>
    graphql<{ saveMyListing: Listing }>(app(), SAVE, { input }, provider.token);

  it('has no listing until the provider saves one, then owns exactly that draft', async () => {
    const provider = await newProvider();
    expect((await graphql(app(), MY_LISTING, {}, provider.token)).data).toEqual({ myListing: null });
    const saved = await save(provider, aListingInput());
    expect(saved.data?.saveMyListing).toMatchObject({ status: 'DRAFT', ownerAccountId: provider.id });
    const again = await save(provider, aListingInput({ npi: saved.data?.saveMyListing.npi, bio: 'Edited' }));
    expect(again.data?.saveMyListing.id).toBe(saved.data?.saveMyListing.id);
  });

  it('records the affirmed attestation version, and serves the statement', async () => {
    const provider = await newProvider();
    const saved = await graphql<{ saveMyListing: { attestation: { version: string; current: boolean } } }>(
      app(),
      SAVE,
      { input: aListingInput() },
      provider.token,
    );
    expect(saved.data?.saveMyListing.attestation).toEqual({ version: expect.any(String), current: true });
    const text = await graphql<{ affirmingCareAttestation: { version: string; text: string } }>(
      app(),
      '{ affirmingCareAttestation { version text } }',
    );
    expect(text.data?.affirmingCareAttestation.text).toMatch(/LGBTQ\+-affirming/);
  });

  // What the vocabularies and the listing rules refuse is the service spec's (my-listing.service-spec.ts).
  describe('refuses bad input, naming the field', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['an unknown specialty', { specialties: [{ specialty: 'astrology', primary: true }] }, 'specialties.0.specialty'],
      [
        'a malformed license expiry',
        { licenses: [{ state: 'KS', licenseType: 'MD', number: '1', expiresOn: '31/12/2027' }] },
        'licenses.0.expiresOn',
      ],
      ['a bio that is too long', { bio: 'x'.repeat(4001) }, 'bio'],
    ])('%s', async (_case, change, field) => {
      const response = await save(await newProvider(), aListingInput(change));
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errorOf(response)?.details?.map((d) => d.field)).toContain(field);
    });

    it.each<[string, Record<string, unknown>]>([
      ['its status', { status: 'APPROVED' }],
      [
        'a license verification',
        {
          licenses: [
            { state: 'KS', licenseType: 'MD', number: '1', expiresOn: '2030-01-01', verification: 'VERIFIED' },
          ],
        },
      ],
      ['its owner', { ownerAccountId: '00000000-0000-0000-0000-000000000000' }],
    ])('rejects (never ignores) an attempt to set %s', async (_case, change) => {
      const provider = await newProvider();
      const response = await save(provider, aListingInput(change));
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((await graphql(app(), MY_LISTING, {}, provider.token)).data).toEqual({ myListing: null });
    });
  });
});
