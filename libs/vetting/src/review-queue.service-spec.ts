import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import { UsState } from '@app/shared';
import { insertAccount } from '@test/factories/account.factory';
import { aListing, license, locationAt } from '@test/factories/listing.factory';
import { insertListings } from '@test/support/fixtures';
import { useTestServices } from '@test/support/use-test-services';
import { ListingDecisionService } from './listing-decision.service';
import { ReviewQueueService } from './review-queue.service';
import { VettingModule } from './vetting.module';

describe('The review queue, on real rows', () => {
  const { get, database } = useTestServices([VettingModule]);
  const submitted = { status: 'SUBMITTED' as const, lastVerifiedAt: null };

  const queuedIds = async (state?: UsState) =>
    (await get(ReviewQueueService).forReview({ status: ListingStatus.SUBMITTED, state }, 100)).nodes.map(
      (view) => view.listing.id,
    );

  it('filters by state: a listing licensed there or practising there, nothing else', async () => {
    const licensedInMissouri = aListing({ ...submitted, licenses: [license('KS'), license('MO')] });
    const practisingInMissouri = aListing({ ...submitted, locations: [locationAt('64108')] });
    const kansasOnly = aListing(submitted);
    await insertListings(database(), [licensedInMissouri, practisingInMissouri, kansasOnly]);

    const inMissouri = await queuedIds(UsState.MO);
    expect(inMissouri).toEqual(expect.arrayContaining([licensedInMissouri.id, practisingInMissouri.id]));
    expect(inMissouri).not.toContain(kansasOnly.id);
    expect(await queuedIds()).toEqual(
      expect.arrayContaining([licensedInMissouri.id, practisingInMissouri.id, kansasOnly.id]),
    );
  });

  it('names who took each step of the audit trail', async () => {
    const admin = await insertAccount(database(), Role.ADMIN);
    const listing = aListing(submitted);
    await insertListings(database(), [listing]);
    const [{ version }] = await database().query<{ version: number }>('SELECT version FROM providers WHERE id = $1', [
      listing.id,
    ]);

    await get(ListingDecisionService).decide(admin, { id: listing.id, version }, ListingAction.START_REVIEW);

    const [step] = (await get(ReviewQueueService).history(listing.id)).slice(-1);
    expect(step).toMatchObject({ actorId: admin.id, actorName: 'Test ADMIN', action: ListingAction.START_REVIEW });
  });
});
