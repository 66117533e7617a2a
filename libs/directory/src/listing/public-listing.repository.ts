import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PublicListingDocument } from './public-listing.document';

export interface PublicListingEntryRow {
  id: string;
  updatedAt: Date;
}

/** Reads of the public read model (search_listings): approved listings only. */
@Injectable()
export class PublicListingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async document(id: string): Promise<PublicListingDocument | null> {
    const rows = await this.dataSource.query<Array<{ document: PublicListingDocument }>>(
      'SELECT document FROM search_listings WHERE provider_id = $1',
      [id],
    );
    return rows[0]?.document ?? null;
  }

  /** Listings whose id lies in [first, last], in id order. */
  entriesBetween(first: string, last: string): Promise<PublicListingEntryRow[]> {
    return this.dataSource.query<PublicListingEntryRow[]>(
      `SELECT provider_id AS id, refreshed_at AS "updatedAt" FROM search_listings
        WHERE provider_id BETWEEN $1::uuid AND $2::uuid ORDER BY provider_id`,
      [first, last],
    );
  }
}
