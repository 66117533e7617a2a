/**
 * The list of results a visitor opened a profile from, as their browser reports it (`Referer`: the site sends it
 * between its own pages only), so the profile can lead back to those very results, page included. Null when they came
 * from anywhere else.
 */
export function resultsPageOf(referer: string | null, pageUrl: string): string | null {
  if (!referer || !URL.canParse(referer)) return null;
  const from = new URL(referer);
  if (from.host !== new URL(pageUrl).host) return null;
  const isResults = from.pathname === '/search' || from.pathname.startsWith('/states/');
  return isResults ? `${from.pathname}${from.search}` : null;
}
