import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingRevisionEntity } from '../entities/listing-revision.entity';
import { ListingSnapshot } from './listing-fields';
import { ListingRepository } from './listing.repository';

/** A listing with every revision, newest first: what its owner and admins look at. */
export interface ListingView {
  listing: ListingSnapshot;
  revisions: ListingRevisionEntity[];
}

@Injectable()
export class ListingViews {
  constructor(private readonly repository: ListingRepository) {}

  async load(manager: EntityManager, id: string): Promise<ListingView> {
    const listing = await this.repository.snapshot(manager, id);
    if (!listing) throw new Error(`listing ${id} vanished inside its own transaction`);
    return { listing, revisions: await this.repository.revisions(manager, id) };
  }
}
