import { NotFoundError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { PublicListingDocument } from './public-listing.document';
import { PublicListingEntryRow, PublicListingRepository } from './public-listing.repository';

export class ListingNotFoundError extends NotFoundError {
  constructor() {
    super('DIRECTORY.LISTING_NOT_FOUND', 'No approved listing has this id');
  }
}

/** The public face of one listing: it exists only while the listing is approved. */
@Injectable()
export class PublicListingService {
  constructor(private readonly listings: PublicListingRepository) {}

  async findApproved(id: string): Promise<PublicListingDocument> {
    const document = await this.listings.document(id);
    if (!document) throw new ListingNotFoundError();
    return document;
  }

  /** Approved listings whose id starts with `bucket` (two hex digits), in id order: one sitemap's worth. */
  listBucket(bucket: string): Promise<PublicListingEntryRow[]> {
    return this.listings.entriesBetween(
      `${bucket}000000-0000-0000-0000-000000000000`,
      `${bucket}ffffff-ffff-ffff-ffff-ffffffffffff`,
    );
  }
}
