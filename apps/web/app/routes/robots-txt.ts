import type { Route } from './+types/robots-txt';

/**
 * Crawlers get the landing pages and profiles through the sitemap. A search's first page may be indexed (people share
 * them); the pages after it, reached by cursor, are endless and are kept out, as are the APIs.
 */
export function loader({ context }: Route.LoaderArgs): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /*cursor=',
    'Disallow: /api/',
    'Disallow: /graphql',
    `Sitemap: ${context.siteUrl}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
