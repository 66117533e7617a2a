import request from 'supertest';
import { AccountStatus, Role } from '@app/auth';
import { aListingInput, MANAGED_LISTING_FIELDS } from '@test/factories/listing-input.factory';
import { logIn, signUpConfirmed } from '@test/support/accounts';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type Listing = {
  id: string;
  status: string;
  reviewStatus: string;
  version: number;
  lastName: string;
  licenses: Array<{ state: string; licenseType: string; number: string; verification: string }>;
  openRevision: { status: string; changes: { lastName: string } } | null;
  reverifyOn: string | null;
};

const SAVE = `mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { ${MANAGED_LISTING_FIELDS} } }`;
const SUBMIT = `mutation { submitMyListing { ${MANAGED_LISTING_FIELDS} } }`;
const decision = (name: string, inputType = 'ListingDecisionInput') =>
  `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${MANAGED_LISTING_FIELDS} } }`;

describe('Done when: a provider’s listing goes from sign-up to the public directory through vetting', () => {
  const { app, account, dataDir } = useTestApp({ signedIn: [Role.ADMIN], dataDir: true });

  const publicSearch = async (q: string) =>
    (await request(app().getHttpServer()).get('/api/v1/providers').query({ q, state: 'KS' })).body as {
      data: Array<{ id: string; lastName: string }>;
    };

  it('keeps the approved version public until a revision of a vetted field is approved', async () => {
    // A provider signs up, confirms the address from the mail, and logs in at once.
    const signedUp = await signUpConfirmed(app(), dataDir(), {
      email: 'story.provider@example.test',
      password: 'a long enough password',
      displayName: 'Dr Story',
      role: 'PROVIDER',
    });
    expect(signedUp).toMatchObject({ status: AccountStatus.ACTIVE, role: 'PROVIDER' });
    const provider = await logIn(app(), 'story.provider@example.test', 'a long enough password');

    // Builds and submits a listing: not public.
    const input = aListingInput({ lastName: 'Quillfeather' });
    const saved = await graphql<{ saveMyListing: Listing }>(app(), SAVE, { input }, provider);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveMyListing.status).toBe('DRAFT');
    const submitted = await graphql<{ submitMyListing: Listing }>(app(), SUBMIT, {}, provider);
    expect(submitted.data?.submitMyListing.status).toBe('SUBMITTED');
    expect((await publicSearch('Quillfeather')).data).toEqual([]);

    // An admin reviews and approves it, verifying the license: it is public.
    let listing = submitted.data!.submitMyListing;
    const started = await graphql<{ startListingReview: Listing }>(
      app(),
      decision('startListingReview'),
      { input: { id: listing.id, version: listing.version } },
      account(Role.ADMIN).token,
    );
    listing = started.data!.startListingReview;
    expect(listing.status).toBe('IN_REVIEW');
    const [license] = listing.licenses;
    const approved = await graphql<{ approveListing: Listing }>(
      app(),
      decision('approveListing', 'ApproveListingInput'),
      {
        input: {
          id: listing.id,
          version: listing.version,
          licenseVerifications: [
            {
              state: license.state,
              licenseType: license.licenseType,
              number: license.number,
              source: 'KS Board of Healing Arts lookup',
              verifiedOn: '2026-11-28',
            },
          ],
          careAttributeEvidence: [{ slug: 'lgbtq-affirming', evidence: 'ADMIN_VERIFIED' }],
        },
      },
      account(Role.ADMIN).token,
    );
    expect(approved.errors).toBeUndefined();
    listing = approved.data!.approveListing;
    expect(listing.status).toBe('APPROVED');
    expect(listing.reverifyOn).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
    expect((await publicSearch('Quillfeather')).data.map((p) => p.id)).toEqual([listing.id]);

    // The provider renames themself (vetted) and changes the bio (open): the bio is public at once, the name is not.
    const edited = await graphql<{ saveMyListing: Listing }>(
      app(),
      SAVE,
      { input: { ...input, lastName: 'Quillfeather-Marsh', bio: 'New bio' } },
      provider,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.saveMyListing).toMatchObject({
      status: 'APPROVED',
      lastName: 'Quillfeather',
      openRevision: { status: 'DRAFT', changes: { lastName: 'Quillfeather-Marsh' } },
    });
    const publicDetail = await request(app().getHttpServer()).get(`/api/v1/providers/${listing.id}`);
    expect(publicDetail.body).toMatchObject({ lastName: 'Quillfeather', bio: 'New bio' });

    // The revision goes through review; the approved version stays public until it is approved.
    listing = (await graphql<{ submitMyListing: Listing }>(app(), SUBMIT, {}, provider)).data!.submitMyListing;
    expect(listing).toMatchObject({ status: 'APPROVED', reviewStatus: 'SUBMITTED' });
    listing = (
      await graphql<{ startListingReview: Listing }>(
        app(),
        decision('startListingReview'),
        { input: { id: listing.id, version: listing.version } },
        account(Role.ADMIN).token,
      )
    ).data!.startListingReview;
    expect((await publicSearch('Quillfeather')).data.map((p) => p.lastName)).toEqual(['Quillfeather']);
    const revised = await graphql<{ approveListing: Listing }>(
      app(),
      decision('approveListing', 'ApproveListingInput'),
      { input: { id: listing.id, version: listing.version } },
      account(Role.ADMIN).token,
    );
    expect(revised.errors).toBeUndefined();
    expect(revised.data?.approveListing).toMatchObject({
      status: 'APPROVED',
      lastName: 'Quillfeather-Marsh',
      openRevision: null,
    });
    expect((await publicSearch('Quillfeather')).data.map((p) => p.lastName)).toEqual(['Quillfeather-Marsh']);
  });
});
