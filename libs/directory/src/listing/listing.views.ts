import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingRevisionEntity } from '../entities/listing-revision.entity';
import { ListingAuditRecord, ListingAuditRepository } from './listing-audit.repository';
import { ListingSnapshot } from './listing-fields';
import { ListingNotFoundForCallerError } from './listing-transitions';
import { ListingRepository } from './listing.repository';

/** A listing with every revision, newest first: what its owner and admins look at. */
export interface ListingView {
  listing: ListingSnapshot;
  revisions: ListingRevisionEntity[];
}

@Injectable()
export class ListingViews {
  constructor(
    private readonly repository: ListingRepository,
    private readonly audit: ListingAuditRepository,
  ) {}

  /** The listing and its revisions, or NOT_FOUND. */
  async load(manager: EntityManager, id: string): Promise<ListingView> {
    const listing = await this.repository.snapshot(manager, id);
    if (!listing) throw new ListingNotFoundForCallerError();
    return { listing, revisions: await this.repository.revisions(manager, id) };
  }

  /** The listing's audit trail, oldest first, or NOT_FOUND. */
  async history(manager: EntityManager, id: string): Promise<ListingAuditRecord[]> {
    if (!(await this.repository.snapshot(manager, id))) throw new ListingNotFoundForCallerError();
    return this.audit.history(manager, id);
  }
}
