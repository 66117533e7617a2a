import { NotFoundError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PublicListingDocument } from './public-listing.document';

export interface PublicListingEntryRow {
  id: string;
  updatedAt: Date;
}

export class ListingNotFoundError extends NotFoundError {
  constructor() {
    super('DIRECTORY.LISTING_NOT_FOUND', 'No approved listing has this id');
  }
}

/** The public face of one listing: it exists only while the listing is approved. */
@Injectable()
export class PublicListingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findApproved(id: string): Promise<PublicListingDocument> {
    const rows = await this.dataSource.query<Array<{ document: PublicListingDocument }>>(
      'SELECT document FROM search_listings WHERE provider_id = $1',
      [id],
    );
    if (rows.length === 0) throw new ListingNotFoundError();
    return rows[0].document;
  }

  /** Approved listings whose id starts with `bucket` (two hex digits), in id order: one sitemap's worth. */
  async listBucket(bucket: string): Promise<PublicListingEntryRow[]> {
    return this.dataSource.query<PublicListingEntryRow[]>(
      `SELECT provider_id AS id, refreshed_at AS "updatedAt" FROM search_listings
        WHERE provider_id BETWEEN $1::uuid AND $2::uuid ORDER BY provider_id`,
      [`${bucket}000000-0000-0000-0000-000000000000`, `${bucket}ffffff-ffff-ffff-ffff-ffffffffffff`],
    );
  }
}
