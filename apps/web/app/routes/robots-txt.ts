import type { Route } from './+types/robots-txt';

/** Crawlers get the landing pages and profiles through the sitemap; result pages and the APIs are endless. */
export function loader({ context }: Route.LoaderArgs): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /search',
    'Disallow: /api/',
    'Disallow: /graphql',
    `Sitemap: ${context.siteUrl}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
