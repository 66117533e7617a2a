import { AppConfig } from '@app/config';
import {
  ListingAuditEventEntity,
  ListingAuditLog,
  ListingNotFoundForCallerError,
  ListingRepository,
  ListingStatus,
  ListingView,
  ListingViews,
} from '@app/directory';
import { CursorCodec } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueuePosition, QueueRow, ReviewQueueRepository } from './review-queue.repository';

export interface ListingPage {
  listings: ListingView[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What admins read: the review queues, one listing with its revisions, and its audit trail. */
@Injectable()
export class ReviewQueueService {
  private readonly cursors: CursorCodec;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: ReviewQueueRepository,
    private readonly listings: ListingRepository,
    private readonly views: ListingViews,
    private readonly audit: ListingAuditLog,
    config: AppConfig,
  ) {
    this.cursors = new CursorCodec(config.appSecret);
  }

  forReview(status: ListingStatus, first: number, after?: string): Promise<ListingPage> {
    return this.paged(`review:${status}`, first, after, (position) =>
      this.queue.inReviewStatus(status, first + 1, position),
    );
  }

  dueForReverification(withinDays: number, first: number, after?: string): Promise<ListingPage> {
    const until = new Date(Date.now() + withinDays * 86_400_000).toISOString().slice(0, 10);
    return this.paged(`reverify:${until}`, first, after, (position) =>
      this.queue.dueForReverification(until, first + 1, position),
    );
  }

  async listing(id: string): Promise<ListingView> {
    await this.assertExists(id);
    return this.views.load(this.dataSource.manager, id);
  }

  async history(id: string): Promise<ListingAuditEventEntity[]> {
    await this.assertExists(id);
    return this.audit.history(this.dataSource.manager, id);
  }

  private async assertExists(id: string): Promise<void> {
    if (!(await this.listings.snapshot(this.dataSource.manager, id))) throw new ListingNotFoundForCallerError();
  }

  private async paged(
    query: string,
    first: number,
    after: string | undefined,
    fetch: (position?: QueuePosition) => Promise<QueueRow[]>,
  ): Promise<ListingPage> {
    const keys = after ? this.cursors.decode(after, 'after', query).keys : undefined;
    const rows = await fetch(keys ? { sortKey: String(keys[0]), id: String(keys[1]) } : undefined);
    const page = rows.slice(0, first);
    const listings = await Promise.all(page.map((row) => this.views.load(this.dataSource.manager, row.id)));
    const last = page[page.length - 1];
    return {
      listings,
      hasNextPage: rows.length > first,
      endCursor: last ? this.cursors.encode({ query, keys: [last.sortKey, last.id] }) : null,
    };
  }
}
