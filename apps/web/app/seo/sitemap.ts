/** 256 buckets of listings by the first two hex digits of their id: each sitemap stays far below 50,000 entries. */
export const LISTING_BUCKETS = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function sitemapIndex(siteUrl: string, names: string[]): string {
  const entries = names.map((name) => `<sitemap><loc>${escapeXml(`${siteUrl}/sitemaps/${name}`)}</loc></sitemap>`);
  return `${XML_HEADER}<sitemapindex xmlns="${NAMESPACE}">${entries.join('')}</sitemapindex>\n`;
}

export function urlSet(siteUrl: string, pages: Array<{ path: string; lastModified?: string }>): string {
  const entries = pages.map(
    ({ path, lastModified }) =>
      `<url><loc>${escapeXml(`${siteUrl}${path}`)}</loc>${lastModified ? `<lastmod>${lastModified.slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return `${XML_HEADER}<urlset xmlns="${NAMESPACE}">${entries.join('')}</urlset>\n`;
}

export function xmlResponse(body: string): Response {
  return new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
