import { Role } from '@app/auth';
import { ListingRecord } from '../bulk/listing-record';
import { ErrorCategory } from '@app/shared';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { aListingInput } from '@test/factories/listing-input.factory';
import { insertOwnedListing, lapseClaim } from '@test/factories/listing-rows.factory';
import { aListing } from '@test/factories/listing.factory';
import { insertListings } from '@test/support/fixtures';
import { useTestServices } from '@test/support/use-test-services';
import { DataSource } from 'typeorm';
import { DirectoryModule } from '../directory.module';
import { SaveListingInput } from '../dto/save-listing.input';
import { ListingClaimService } from './listing-claim.service';
import { ListingClaims } from './listing-claims.service';
import { ListingAction, ListingStatus } from './listing-lifecycle';
import { ListingTransitions } from './listing-transitions';
import { ListingViews } from './listing.views';
import { MyListingService } from './my-listing.service';

const KS_LICENSE = { state: 'KS', licenseType: 'MD', number: 'KS-4401' };

// The provider's side through ListingClaimService, the admin's through ListingClaims as vetting calls it.
describe('Claims of listings: any number per listing, one open per account, decided by an admin, on real rows', () => {
  const { get, database } = useTestServices([DirectoryModule]);
  let admin: AccountRow;

  beforeAll(async () => {
    admin = await insertAccount(database(), Role.ADMIN);
  });

  const provider = () => get(ListingClaimService);
  const inTransaction = <T>(work: (claims: ListingClaims, manager: DataSource['manager']) => Promise<T>) =>
    get(DataSource).transaction((manager) => work(get(ListingClaims), manager));
  const approve = (claimId: string, reason: string | null = null) =>
    inTransaction((claims, manager) => claims.approve(manager, { claimId, adminId: admin.id, reason }));
  const reject = (claimId: string, reason: string) =>
    inTransaction((claims, manager) => claims.reject(manager, { claimId, adminId: admin.id, reason }));
  const queued = async () => (await get(ListingClaims).openForReview(1000)).map((row) => row.id);

  const newProvider = () => insertAccount(database(), Role.PROVIDER);
  const unownedListing = async (overrides: Partial<ListingRecord> = {}) => {
    const listing = aListing(overrides);
    await insertListings(database(), [listing]);
    return listing;
  };
  const claim = (claimant: AccountRow, listing: ListingRecord, licenses = [KS_LICENSE]) =>
    provider().claim(claimant, listing.npi, licenses);
  const ownerOf = async (listing: ListingRecord) =>
    (
      await database().query<{ owner: string | null }>(
        'SELECT owner_account_id AS owner FROM providers WHERE id = $1',
        [listing.id],
      )
    )[0].owner;
  const refusal = (attempt: Promise<unknown>) =>
    attempt.then(
      () => undefined,
      (error: unknown) => error,
    );

  it('takes any number of claims of one listing, each waiting for review with its evidence', async () => {
    const listing = await unownedListing();
    const claims = [await claim(await newProvider(), listing), await claim(await newProvider(), listing)];
    expect(claims.map((c) => c.status)).toEqual(['OPEN', 'OPEN']);
    expect(claims[0]).toMatchObject({ npi: listing.npi, licenses: [KS_LICENSE], decidedAt: null });
    expect(claims[0].expiresAt.getTime() - claims[0].createdAt.getTime()).toBe(14 * 86_400_000);
    expect(await ownerOf(listing)).toBeNull();
    expect(await queued()).toEqual(expect.arrayContaining(claims.map((c) => c.id)));
  });

  it('keeps each license entered once', async () => {
    const listing = await unownedListing();
    const claimed = await claim(await newProvider(), listing, [KS_LICENSE, { ...KS_LICENSE, number: ' KS-4401 ' }]);
    expect(claimed.licenses).toEqual([KS_LICENSE]);
  });

  it('holds an account to one open claim, which also keeps it from creating a listing', async () => {
    const claimant = await newProvider();
    const open = await claim(claimant, await unownedListing());
    expect(await refusal(claim(claimant, await unownedListing()))).toMatchObject({
      category: ErrorCategory.CONFLICT,
      code: 'DIRECTORY.OPEN_CLAIM_EXISTS',
    });
    const input = aListingInput() as unknown as SaveListingInput;
    expect(await refusal(get(MyListingService).save(claimant, input))).toMatchObject({
      code: 'DIRECTORY.OPEN_CLAIM_EXISTS',
    });

    expect(await provider().withdraw(claimant, open.id)).toMatchObject({ status: 'WITHDRAWN' });
    expect(await refusal(provider().withdraw(claimant, open.id))).toMatchObject({
      category: ErrorCategory.CONFLICT,
      code: 'DIRECTORY.CLAIM_NOT_OPEN',
    });
    expect((await claim(claimant, await unownedListing())).status).toBe('OPEN');
  });

  it('lets only the claimant withdraw a claim: to anyone else it does not exist', async () => {
    const open = await claim(await newProvider(), await unownedListing());
    expect(await refusal(provider().withdraw(await newProvider(), open.id))).toMatchObject({
      category: ErrorCategory.NOT_FOUND,
      code: 'DIRECTORY.CLAIM_NOT_FOUND',
    });
  });

  it('makes an owned, archived or rejected listing look like a missing one', async () => {
    const { listing: owned } = await insertOwnedListing(database());
    const archived = await unownedListing({ status: ListingStatus.ARCHIVED });
    const rejected = await unownedListing({ status: ListingStatus.REJECTED });
    const missing = await refusal(provider().claim(await newProvider(), '9999999995', [KS_LICENSE]));
    expect(missing).toMatchObject({ category: ErrorCategory.NOT_FOUND, code: 'DIRECTORY.CLAIMABLE_LISTING_NOT_FOUND' });
    for (const listing of [owned, archived, rejected]) {
      expect(await refusal(claim(await newProvider(), listing))).toEqual(missing);
    }
  });

  it('refuses a claim from an account that owns a listing', async () => {
    const { owner } = await insertOwnedListing(database());
    expect(await refusal(claim(owner, await unownedListing()))).toMatchObject({
      code: 'DIRECTORY.ALREADY_OWNS_LISTING',
    });
  });

  it('approves one claim: the claimant owns the listing, every other open claim is rejected with the reason', async () => {
    const listing = await unownedListing();
    const [winner, rival, late] = [await newProvider(), await newProvider(), await newProvider()];
    const won = await claim(winner, listing);
    const lost = await claim(rival, listing);
    const lapsed = await claim(late, listing);
    await lapseClaim(database(), lapsed.id);

    const approved = await approve(won.id, 'License KS-4401 matches the board');
    expect(approved.claim).toMatchObject({ status: 'APPROVED', reason: 'License KS-4401 matches the board' });
    expect(approved.listing.ownerAccountId).toBe(winner.id);
    expect(await ownerOf(listing)).toBe(winner.id);
    expect((await provider().mine(rival))[0]).toMatchObject({
      status: 'REJECTED',
      reason: 'Another claim for this listing was approved',
    });
    expect((await provider().mine(late))[0]).toMatchObject({ status: 'EXPIRED', reason: null });

    const history = await get(ListingViews).history(get(DataSource).manager, listing.id);
    expect(history.map((row) => [row.action, row.claimId, row.actorId, row.revisionId])).toEqual([
      ['CLAIM_SUBMIT', won.id, winner.id, null],
      ['CLAIM_SUBMIT', lost.id, rival.id, null],
      ['CLAIM_SUBMIT', lapsed.id, late.id, null],
      ['CLAIM_APPROVE', won.id, admin.id, null],
      ['CLAIM_REJECT', lost.id, admin.id, null],
    ]);
    for (const decided of [won, lost]) {
      expect(await refusal(approve(decided.id))).toMatchObject({
        category: ErrorCategory.CONFLICT,
        code: 'DIRECTORY.CLAIM_NOT_OPEN',
      });
    }
    expect(await queued()).not.toContain(lost.id);
  });

  it('rejects a claim with its reason, which the claimant sees', async () => {
    const claimant = await newProvider();
    const open = await claim(claimant, await unownedListing());
    expect((await reject(open.id, 'No license matches')).claim).toMatchObject({ status: 'REJECTED' });
    expect((await provider().mine(claimant))[0]).toMatchObject({ status: 'REJECTED', reason: 'No license matches' });
    expect(await refusal(reject(open.id, 'again'))).toMatchObject({ code: 'DIRECTORY.CLAIM_NOT_OPEN' });
  });

  it('expires an undecided claim: not listed, not approvable, and no bar to a new claim', async () => {
    const claimant = await newProvider();
    const listing = await unownedListing();
    const old = await claim(claimant, listing);
    await lapseClaim(database(), old.id);

    expect((await provider().mine(claimant))[0]).toMatchObject({ status: 'EXPIRED', decidedAt: expect.any(Date) });
    expect(await queued()).not.toContain(old.id);
    expect(await refusal(approve(old.id))).toMatchObject({
      category: ErrorCategory.CONFLICT,
      code: 'DIRECTORY.CLAIM_NOT_OPEN',
      message: expect.stringContaining('EXPIRED'),
    });
    expect(await refusal(provider().withdraw(claimant, old.id))).toMatchObject({ code: 'DIRECTORY.CLAIM_NOT_OPEN' });

    const renewed = await claim(claimant, listing);
    expect((await provider().mine(claimant)).map((c) => [c.id, c.status])).toEqual([
      [renewed.id, 'OPEN'],
      [old.id, 'EXPIRED'],
    ]);
  });

  it('refuses to approve a claim of a listing given an owner since', async () => {
    const listing = await unownedListing();
    const open = await claim(await newProvider(), listing);
    const owner = await newProvider();
    await database().query('UPDATE providers SET owner_account_id = $2 WHERE id = $1', [listing.id, owner.id]);
    expect(await refusal(approve(open.id))).toMatchObject({
      category: ErrorCategory.CONFLICT,
      code: 'DIRECTORY.LISTING_NOT_CLAIMABLE',
    });
  });

  it('rejects the open claims of a listing that is archived', async () => {
    const listing = await unownedListing();
    const claimant = await newProvider();
    await claim(claimant, listing);
    await get(DataSource).transaction(async (manager) => {
      const transitions = get(ListingTransitions);
      const loaded = await transitions.load(manager, listing.id);
      await transitions.apply(manager, { listing: loaded, action: ListingAction.ARCHIVE, actorId: admin.id });
    });
    expect((await provider().mine(claimant))[0]).toMatchObject({
      status: 'REJECTED',
      reason: 'The listing was archived',
    });
  });

  it('gives admins the listing with its licenses on file beside each claim', async () => {
    const listing = await unownedListing();
    const open = await claim(await newProvider(), listing);
    const [review] = await get(ListingClaims).reviews(get(DataSource).manager, [open.id]);
    expect(review.claim).toMatchObject({ id: open.id, licenses: [KS_LICENSE] });
    expect(review.listing).toMatchObject({
      id: listing.id,
      npi: listing.npi,
      licenseRecords: [expect.objectContaining({ state: 'KS', number: listing.licenses[0].number })],
    });
  });
});
