import { Injectable } from '@nestjs/common';
import { ListingStatus } from './listing-lifecycle';
import { QueuePosition, QueueRow, ReviewQueueRepository } from './review-queue.repository';

/** The admins' work lists over listings, keyset-paged, oldest first; the caller keeps the cursor. */
@Injectable()
export class ListingReviewQueue {
  constructor(private readonly queue: ReviewQueueRepository) {}

  /**
   * Listings whose review subject (the open revision, else the listing) is in `status`, longest waiting first;
   * with a `state`, only those licensed or practising there.
   */
  inReviewStatus(
    status: ListingStatus,
    state: string | null,
    limit: number,
    after?: QueuePosition,
  ): Promise<QueueRow[]> {
    return this.queue.inReviewStatus(status, state, limit, after);
  }

  /** Approved listings whose re-verification date falls on or before `until`, soonest first. */
  dueForReverification(until: string, limit: number, after?: QueuePosition): Promise<QueueRow[]> {
    return this.queue.dueForReverification(until, limit, after);
  }
}
