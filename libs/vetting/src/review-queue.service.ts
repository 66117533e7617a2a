import { AppConfig } from '@app/config';
import {
  ListingAuditRecord,
  ListingReviewQueue,
  ListingStatus,
  ListingView,
  ListingViews,
  QueuePosition,
  QueueRow,
} from '@app/directory';
import { CursorCodec } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

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
    private readonly queue: ListingReviewQueue,
    private readonly views: ListingViews,
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

  listing(id: string): Promise<ListingView> {
    return this.views.load(this.dataSource.manager, id);
  }

  history(id: string): Promise<ListingAuditRecord[]> {
    return this.views.history(this.dataSource.manager, id);
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
