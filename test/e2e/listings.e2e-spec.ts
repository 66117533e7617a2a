import { Role } from '@app/auth';
import request from 'supertest';
import { aListingInput, MANAGED_LISTING_FIELDS } from '@test/factories/listing-input.factory';
import { aListing } from '@test/factories/listing.factory';
import { signedInAccount, TestAccount } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { affirmAttestation } from '@test/factories/listing-rows.factory';
import { graphql, GraphqlResponse } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type Listing = {
  id: string;
  npi: string;
  status: string;
  reviewStatus: string;
  version: number;
  ownerAccountId: string | null;
  openRevision: { kind: string; status: string } | null;
};

const SAVE = `mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { ${MANAGED_LISTING_FIELDS} } }`;
const SUBMIT = `mutation { submitMyListing { ${MANAGED_LISTING_FIELDS} } }`;
const WITHDRAW = `mutation { withdrawMyListing { ${MANAGED_LISTING_FIELDS} } }`;
const MY_LISTING = `{ myListing { ${MANAGED_LISTING_FIELDS} } }`;
const CLAIM = 'mutation ($npi: String!) { claimListing(npi: $npi) { id kind status } }';
const LISTING = `query ($id: ID!) { listing(id: $id) { ${MANAGED_LISTING_FIELDS} } }`;

const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;

describe('Provider-managed listings', () => {
  const { app, database, account } = useTestApp({ signedIn: [Role.ADMIN] });

  const newProvider = () => signedInAccount(app(), database(), Role.PROVIDER);
  const save = (provider: TestAccount, input: Record<string, unknown>) =>
    graphql<{ saveMyListing: Listing }>(app(), SAVE, { input }, provider.token);
  const decide = (name: string, listing: Listing, extra: Record<string, unknown> = {}) =>
    graphql<Record<string, Listing>>(
      app(),
      `mutation ($input: ${name === 'approveListing' ? 'ApproveListingInput' : 'ListingDecisionInput'}!) { ${name}(input: $input) { ${MANAGED_LISTING_FIELDS} } }`,
      { input: { id: listing.id, version: listing.version, ...extra } },
      account(Role.ADMIN).token,
    );

  it('has no listing until the provider saves one, then owns exactly that draft', async () => {
    const provider = await newProvider();
    expect((await graphql(app(), MY_LISTING, {}, provider.token)).data).toEqual({ myListing: null });
    const saved = await save(provider, aListingInput());
    expect(saved.data?.saveMyListing).toMatchObject({ status: 'DRAFT', ownerAccountId: provider.id });
    const again = await save(provider, aListingInput({ npi: saved.data?.saveMyListing.npi, bio: 'Edited' }));
    expect(again.data?.saveMyListing.id).toBe(saved.data?.saveMyListing.id);
  });

  it('records the affirmed attestation version and time, and refuses an outdated version', async () => {
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
    const outdated = await save(provider, aListingInput({ attestation: { version: '2020-01-01' } }));
    expect(errorOf(outdated)).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'attestation.version', reason: expect.any(String) }],
    });
  });

  describe('refuses bad input, naming the field', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['an NPI failing its check digit', { npi: '1234567890' }, 'npi'],
      ['an unknown specialty', { specialties: [{ specialty: 'astrology', primary: true }] }, 'specialties.0.specialty'],
      ['an unknown ZIP code', { locations: [{ zip: '00000', hideStreet: false }] }, 'locations.0.zip'],
      ['an unknown care attribute', { careAttributes: ['lgbtq-affirming', 'mind-reading'] }, 'careAttributes'],
      [
        'a malformed license expiry',
        { licenses: [{ state: 'KS', licenseType: 'MD', number: '1', expiresOn: '31/12/2027' }] },
        'licenses.0.expiresOn',
      ],
      [
        'two primary specialties',
        {
          specialties: [
            { specialty: 'gynecology', primary: true },
            { specialty: 'family-medicine', primary: true },
          ],
        },
        'specialties',
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

  it('refuses to create a second listing for an NPI already listed, pointing to a claim', async () => {
    const input = aListingInput();
    await save(await newProvider(), input);
    const duplicate = await save(await newProvider(), aListingInput({ npi: input.npi }));
    expect(errorOf(duplicate)).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY.NPI_ALREADY_LISTED' });
  });

  it('submits, withdraws and resubmits; edits only while not under review', async () => {
    const provider = await newProvider();
    const input = aListingInput();
    await save(provider, input);
    expect(
      (await graphql<{ submitMyListing: Listing }>(app(), SUBMIT, {}, provider.token)).data?.submitMyListing.status,
    ).toBe('SUBMITTED');
    const locked = await save(provider, { ...input, bio: 'while submitted' });
    expect(errorOf(locked)).toMatchObject({ code: 'CONFLICT', details: [{ field: 'status', reason: 'SUBMITTED' }] });
    expect(
      (await graphql<{ withdrawMyListing: Listing }>(app(), WITHDRAW, {}, provider.token)).data?.withdrawMyListing
        .status,
    ).toBe('DRAFT');
    const twice = await graphql(app(), WITHDRAW, {}, provider.token);
    expect(errorOf(twice)).toMatchObject({ code: 'CONFLICT', details: [{ field: 'status', reason: 'DRAFT' }] });
    expect((await save(provider, { ...input, bio: 'after withdrawing' })).data?.saveMyListing.status).toBe('DRAFT');
  });

  it('says a provider without a listing has nothing to submit', async () => {
    const response = await graphql(app(), SUBMIT, {}, (await newProvider()).token);
    expect(errorOf(response)).toMatchObject({ code: 'NOT_FOUND', reason: 'DIRECTORY.NO_LISTING' });
  });

  it('never shows a draft or submitted listing to the public', async () => {
    const provider = await newProvider();
    const saved = await save(provider, aListingInput({ lastName: 'Invisibleton' }));
    await graphql(app(), SUBMIT, {}, provider.token);
    const search = await request(app().getHttpServer()).get('/api/v1/providers').query({ q: 'Invisibleton' });
    expect(search.body.data).toEqual([]);
    expect((await request(app().getHttpServer()).get(`/api/v1/providers/${saved.data?.saveMyListing.id}`)).status).toBe(
      404,
    );
  });

  describe('claiming an existing listing by NPI', () => {
    it('holds only once an admin approves the claim', async () => {
      const unowned = aListing({ lastName: 'Unclaimed' });
      await insertListings(database(), [unowned]);
      await affirmAttestation(database(), unowned.id);
      const provider = await newProvider();
      const claim = await graphql(app(), CLAIM, { npi: unowned.npi }, provider.token);
      expect(claim.data).toEqual({ claimListing: { id: expect.any(String), kind: 'CLAIM', status: 'SUBMITTED' } });
      expect((await graphql(app(), MY_LISTING, {}, provider.token)).data).toEqual({ myListing: null });

      const rival = await graphql(app(), CLAIM, { npi: unowned.npi }, (await newProvider()).token);
      expect(errorOf(rival)).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY.CLAIM_PENDING' });

      let listing = (await graphql<{ listing: Listing }>(app(), LISTING, { id: unowned.id }, account(Role.ADMIN).token))
        .data!.listing;
      expect(listing).toMatchObject({
        status: 'APPROVED',
        reviewStatus: 'SUBMITTED',
        ownerAccountId: null,
        openRevision: { kind: 'CLAIM', status: 'SUBMITTED' },
      });
      listing = (await decide('startListingReview', listing)).data!.startListingReview;
      const changes = await decide('requestListingChanges', listing, { reason: 'Nothing to change in a claim' });
      expect(errorOf(changes)).toMatchObject({ code: 'CONFLICT' });
      const approved = await decide('approveListing', listing);
      expect(errorOf(approved)).toBeUndefined();
      expect(approved.data?.approveListing).toMatchObject({
        ownerAccountId: provider.id,
        status: 'APPROVED',
        openRevision: null,
      });
      expect((await graphql<{ myListing: Listing }>(app(), MY_LISTING, {}, provider.token)).data?.myListing.id).toBe(
        unowned.id,
      );
    });

    it('makes an owned listing look like a missing one', async () => {
      const owner = await newProvider();
      const input = aListingInput();
      await save(owner, input);
      const claim = await graphql(app(), CLAIM, { npi: input.npi }, (await newProvider()).token);
      expect(errorOf(claim)).toMatchObject({ code: 'NOT_FOUND' });
      const unknown = await graphql(app(), CLAIM, { npi: '9999999995' }, (await newProvider()).token);
      expect(errorOf(unknown)).toEqual(errorOf(claim));
    });
  });
});
