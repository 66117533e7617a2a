/** An approved listing as a sitemap names it (REST only). */
export class PublicListingEntry {
  id!: string;

  /** When the public listing last changed. */
  updatedAt!: Date;
}
