import { data } from 'react-router';
import { DirectoryApi } from '../api/directory-api.server';
import { landingPagePaths } from '../seo/landing-pages';
import { urlSet, xmlResponse } from '../seo/sitemap';
import type { Route } from './+types/sitemap';

/** `/sitemaps/pages.xml` (home, search, landing pages) and `/sitemaps/providers-XX.xml` (approved listings). */
export async function loader({ params, context }: Route.LoaderArgs): Promise<Response> {
  const api = new DirectoryApi(context.api);
  if (params.name === 'pages.xml') {
    const states = (await api.vocabularies('en')).usStates.map((s) => s.code);
    const paths = ['/', '/search', ...landingPagePaths(states)];
    return xmlResponse(
      urlSet(
        context.siteUrl,
        paths.map((path) => ({ path })),
      ),
    );
  }
  const bucket = /^providers-([0-9a-f]{2})\.xml$/.exec(params.name ?? '')?.[1];
  if (!bucket) throw data(null, { status: 404 });
  const listings = await api.listingBucket(bucket);
  return xmlResponse(
    urlSet(
      context.siteUrl,
      listings.map((listing) => ({ path: `/providers/${listing.id}`, lastModified: listing.updatedAt })),
    ),
  );
}
