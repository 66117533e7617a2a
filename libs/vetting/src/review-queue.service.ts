import { AccountContacts } from '@app/auth';
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
import { KeysetPager, Page, PageRequest, UsState } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ReviewFilter {
  status: ListingStatus;
  /** Only listings licensed or practising in this state. */
  state?: UsState;
}

export interface NamedAuditRecord extends ListingAuditRecord {
  /** Null only if the account is gone. */
  actorName: string | null;
}

/** What admins read: the review queues, one listing with its revisions, and its audit trail. */
@Injectable()
export class ReviewQueueService {
  private readonly pager: KeysetPager;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: ListingReviewQueue,
    private readonly views: ListingViews,
    private readonly contacts: AccountContacts,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  forReview(filter: ReviewFilter, first: number, after?: string): Promise<Page<ListingView>> {
    const state = filter.state ?? null;
    return this.paged(`review:${filter.status}:${state ?? ''}`, { first, after }, (limit, position) =>
      this.queue.inReviewStatus(filter.status, state, limit, position),
    );
  }

  dueForReverification(withinDays: number, first: number, after?: string): Promise<Page<ListingView>> {
    const until = new Date(Date.now() + withinDays * 86_400_000).toISOString().slice(0, 10);
    return this.paged(`reverify:${until}`, { first, after }, (limit, position) =>
      this.queue.dueForReverification(until, limit, position),
    );
  }

  listing(id: string): Promise<ListingView> {
    return this.views.load(this.dataSource.manager, id);
  }

  /** The audit trail, each step with the display name of who took it. */
  async history(id: string): Promise<NamedAuditRecord[]> {
    const records = await this.views.history(this.dataSource.manager, id);
    const names = await this.contacts.byIds([...new Set(records.map((record) => record.actorId))]);
    return records.map((record) => ({ ...record, actorName: names.get(record.actorId)?.displayName ?? null }));
  }

  private async paged(
    query: string,
    request: PageRequest,
    fetch: (limit: number, position?: QueuePosition) => Promise<QueueRow[]>,
  ): Promise<Page<ListingView>> {
    const page = await this.pager.page(request, {
      query,
      fetch: (afterKeys, limit) =>
        fetch(limit, afterKeys && { sortKey: String(afterKeys[0]), id: String(afterKeys[1]) }),
      keysOf: (row) => [row.sortKey, row.id],
    });
    const listings = await Promise.all(page.nodes.map((row) => this.views.load(this.dataSource.manager, row.id)));
    return { nodes: listings, pageInfo: page.pageInfo };
  }
}
