import { LISTING_BUCKETS, sitemapIndex, xmlResponse } from '../seo/sitemap';
import type { Route } from './+types/sitemap-index';

export function loader({ context }: Route.LoaderArgs): Response {
  const names = ['pages.xml', ...LISTING_BUCKETS.map((bucket) => `providers-${bucket}.xml`)];
  return xmlResponse(sitemapIndex(context.siteUrl, names));
}
