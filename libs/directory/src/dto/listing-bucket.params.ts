import { Matches } from 'class-validator';

/** `GET /api/v1/sitemap/providers/:bucket`: approved listings whose id starts with these two hex digits. */
export class ListingBucketParams {
  /** Two lowercase hex digits, 00 to ff: 256 buckets keep each sitemap far below 50,000 entries. */
  @Matches(/^[0-9a-f]{2}$/, { message: 'must be two lowercase hex digits, 00 to ff' })
  bucket!: string;
}
