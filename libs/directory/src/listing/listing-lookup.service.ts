import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingAvailability, ListingLookupRepository, ListingSummary, VerifiedAt } from './listing-lookup.repository';
import { ListingRepository } from './listing.repository';

/** What other libraries may read about listings (they never query the directory's tables themselves). */
@Injectable()
export class ListingLookup {
  constructor(
    private readonly lookup: ListingLookupRepository,
    private readonly listings: ListingRepository,
  ) {}

  /** The listing a provider account owns (at most one), if any. */
  ownedListingId(accountId: string): Promise<string | null> {
    return this.lookup.ownedListingId(accountId);
  }

  /** The provider account that owns the listing, if any, read in the caller's transaction. */
  ownerOf(manager: EntityManager, listingId: string): Promise<string | null> {
    return this.lookup.ownerOf(manager, listingId);
  }

  /** When an admin last verified the listing (approval or re-verification), read in the caller's transaction. */
  lastVerifiedAt(manager: EntityManager, listingId: string): Promise<VerifiedAt> {
    return this.lookup.lastVerifiedAt(manager, listingId);
  }

  /** Names and verification dates of listings, by id; ids that are not listings are left out. */
  summaries(listingIds: string[]): Promise<Map<string, ListingSummary>> {
    return this.lookup.summaries(listingIds);
  }

  /** Whether the listing can take a client living in `state`; null when there is no such listing. */
  availability(listingId: string, state: string): Promise<ListingAvailability | null> {
    return this.lookup.availability(listingId, state);
  }

  /** Another listing already has this NPI. */
  npiUsedElsewhere(manager: EntityManager, npi: string, listingId: string | null): Promise<boolean> {
    return this.listings.npiUsedElsewhere(manager, npi, listingId);
  }
}
