import { Role } from '@app/auth';
import { lapseClaim } from '@test/factories/listing-rows.factory';
import { aListing } from '@test/factories/listing.factory';
import { signedInAccount, TestAccount } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { Connection, graphql, GraphqlResponse } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type Claim = { id: string; npi: string; status: string; reason: string | null };
type ClaimForReview = Claim & {
  licenses: Array<{ state: string; licenseType: string; number: string }>;
  listing: { id: string; name: string; npi: string; licenses: Array<{ number: string; verification: string }> };
  claimant: { id: string; email: string; emailVerified: boolean };
};

const CLAIM_FIELDS = 'id npi status reason';
const CLAIM = `mutation ($npi: String!, $licenses: [ClaimLicenseInput!]!) {
  claimListing(npi: $npi, licenses: $licenses) { ${CLAIM_FIELDS} licenses { state licenseType number } } }`;
const MY_CLAIMS = `{ myClaims { ${CLAIM_FIELDS} } }`;
const FOR_REVIEW = `query ($first: Int!, $after: String) { claimsForReview(first: $first, after: $after) {
  nodes { ${CLAIM_FIELDS} licenses { state licenseType number }
          listing { id name npi licenses { number verification } } claimant { id email emailVerified } }
  pageInfo { hasNextPage endCursor } } }`;
const APPROVE = `mutation ($id: ID!, $note: String) { approveClaim(id: $id, note: $note) { ${CLAIM_FIELDS} } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectClaim(id: $id, reason: $reason) { ${CLAIM_FIELDS} } }`;

const LICENSE = { state: 'KS', licenseType: 'MD', number: 'KS-7731' };
const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;

// Fair claims over GraphQL: any number of providers claim one listing, the admin weighs their evidence and approves
// one. The rules in full are the service spec's (libs/directory/src/listing/listing-claims.service-spec.ts).
describe('Claims of listings', () => {
  const { app, database, account } = useTestApp({ signedIn: [Role.ADMIN] });
  const admin = () => account(Role.ADMIN);

  const newProvider = () => signedInAccount(app(), database(), Role.PROVIDER);
  const unownedListing = async () => {
    const listing = aListing({ lastName: 'Claimable' });
    await insertListings(database(), [listing]);
    return listing;
  };
  const claim = (provider: TestAccount, npi: string, licenses: unknown[] = [LICENSE]) =>
    graphql<{ claimListing: Claim }>(app(), CLAIM, { npi, licenses }, provider.token);
  const myClaims = async (provider: TestAccount) =>
    (await graphql<{ myClaims: Claim[] }>(app(), MY_CLAIMS, {}, provider.token)).data!.myClaims;
  const forReview = async (first = 100, after?: string) =>
    (await graphql<{ claimsForReview: Connection<ClaimForReview> }>(app(), FOR_REVIEW, { first, after }, admin().token))
      .data!.claimsForReview;
  const approve = (id: string, note?: string) =>
    graphql<{ approveClaim: Claim }>(app(), APPROVE, { id, note }, admin().token);

  it('lets two providers claim one listing; the admin weighs both and approves one, rejecting the other', async () => {
    const listing = await unownedListing();
    const [first, second] = [await newProvider(), await newProvider()];
    const claims = [await claim(first, listing.npi), await claim(second, listing.npi)];
    expect(claims.map((response) => response.data?.claimListing)).toEqual([
      expect.objectContaining({ npi: listing.npi, status: 'OPEN', reason: null }),
      expect.objectContaining({ npi: listing.npi, status: 'OPEN', reason: null }),
    ]);
    const [won, lost] = claims.map((response) => response.data!.claimListing.id);

    const queue = (await forReview()).nodes.filter((node) => node.listing.id === listing.id);
    expect(queue).toEqual([
      expect.objectContaining({
        id: won,
        licenses: [LICENSE],
        listing: {
          id: listing.id,
          name: `${listing.firstName} ${listing.lastName}`,
          npi: listing.npi,
          licenses: [{ number: listing.licenses[0].number, verification: 'VERIFIED' }],
        },
        claimant: { id: first.id, email: first.email, emailVerified: true },
      }),
      expect.objectContaining({ id: lost, claimant: { id: second.id, email: second.email, emailVerified: true } }),
    ]);

    const approved = await approve(won, 'Board lookup matches KS-7731');
    expect(approved.data?.approveClaim).toMatchObject({ status: 'APPROVED', reason: 'Board lookup matches KS-7731' });
    const owned = await graphql<{ myListing: { id: string; ownerAccountId: string } }>(
      app(),
      '{ myListing { id ownerAccountId } }',
      {},
      first.token,
    );
    expect(owned.data?.myListing).toEqual({ id: listing.id, ownerAccountId: first.id });
    expect(await myClaims(second)).toEqual([
      expect.objectContaining({ id: lost, status: 'REJECTED', reason: 'Another claim for this listing was approved' }),
    ]);
    expect(errorOf(await approve(lost))).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY.CLAIM_NOT_OPEN' });

    const history = await graphql<{ listingHistory: Array<{ action: string; claimId: string }> }>(
      app(),
      'query ($id: ID!) { listingHistory(id: $id) { action claimId } }',
      { id: listing.id },
      admin().token,
    );
    expect(history.data?.listingHistory).toEqual([
      { action: 'CLAIM_SUBMIT', claimId: won },
      { action: 'CLAIM_SUBMIT', claimId: lost },
      { action: 'CLAIM_APPROVE', claimId: won },
      { action: 'CLAIM_REJECT', claimId: lost },
    ]);
  });

  it('holds an account to one open claim, and lets it withdraw that claim', async () => {
    const provider = await newProvider();
    const open = (await claim(provider, (await unownedListing()).npi)).data!.claimListing;
    const second = await claim(provider, (await unownedListing()).npi);
    expect(second.data).toBeNull();
    expect(errorOf(second)).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY.OPEN_CLAIM_EXISTS' });

    const withdrawn = await graphql<{ withdrawClaim: Claim }>(
      app(),
      `mutation ($id: ID!) { withdrawClaim(id: $id) { ${CLAIM_FIELDS} } }`,
      { id: open.id },
      provider.token,
    );
    expect(withdrawn.data?.withdrawClaim).toMatchObject({ id: open.id, status: 'WITHDRAWN' });
    expect((await claim(provider, (await unownedListing()).npi)).data?.claimListing.status).toBe('OPEN');
  });

  it('refuses a claim past its days: the admin cannot approve it, and it does not block a new claim', async () => {
    const listing = await unownedListing();
    const provider = await newProvider();
    const old = (await claim(provider, listing.npi)).data!.claimListing;
    await lapseClaim(database(), old.id);

    expect((await forReview()).nodes.map((node) => node.id)).not.toContain(old.id);
    expect(errorOf(await approve(old.id))).toMatchObject({ code: 'CONFLICT', reason: 'DIRECTORY.CLAIM_NOT_OPEN' });
    const renewed = await claim(provider, listing.npi);
    expect(renewed.data?.claimListing.status).toBe('OPEN');
    expect((await myClaims(provider)).map((c) => [c.id, c.status])).toEqual([
      [renewed.data!.claimListing.id, 'OPEN'],
      [old.id, 'EXPIRED'],
    ]);
  });

  it('rejects a claim only with a reason, which the claimant reads', async () => {
    const provider = await newProvider();
    const open = (await claim(provider, (await unownedListing()).npi)).data!.claimListing;
    const blank = await graphql(app(), REJECT, { id: open.id, reason: '   ' }, admin().token);
    expect(errorOf(blank)).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [expect.objectContaining({ field: 'reason' })],
    });
    await graphql(app(), REJECT, { id: open.id, reason: 'No matching license on the KS board' }, admin().token);
    expect((await myClaims(provider))[0]).toMatchObject({
      status: 'REJECTED',
      reason: 'No matching license on the KS board',
    });
  });

  it('asks for at least one well-formed license, naming the field', async () => {
    const provider = await newProvider();
    const { npi } = await unownedListing();
    const none = await claim(provider, npi, []);
    expect(errorOf(none)).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [expect.objectContaining({ field: 'licenses' })],
    });
    const malformed = await claim(provider, npi, [{ ...LICENSE, licenseType: 'medical doctor' }]);
    expect(errorOf(malformed)?.details?.map((d) => d.field)).toEqual(['licenses.0.licenseType']);
  });

  it('makes a claimed (owned) listing look like a missing one', async () => {
    const listing = await unownedListing();
    const owner = await newProvider();
    await approve((await claim(owner, listing.npi)).data!.claimListing.id);
    const taken = await claim(await newProvider(), listing.npi);
    const missing = await claim(await newProvider(), '9999999995');
    expect(errorOf(taken)).toMatchObject({ code: 'NOT_FOUND', reason: 'DIRECTORY.CLAIMABLE_LISTING_NOT_FOUND' });
    expect(errorOf(taken)).toEqual(errorOf(missing));
  });

  it('pages the queue oldest first', async () => {
    await claim(await newProvider(), (await unownedListing()).npi);
    await claim(await newProvider(), (await unownedListing()).npi);
    const all = (await forReview()).nodes.map((node) => node.id);
    const page = await forReview(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await forReview(1, page.pageInfo.endCursor!);
    expect([...page.nodes, ...next.nodes].map((node) => node.id)).toEqual(all.slice(0, 2));
  });
});
