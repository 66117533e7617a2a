import { useLocale } from '../components/locale';

/**
 * Back to the first page and on to the next: the API's cursors only go forward. `restart` and `next` are the queries
 * of those pages (filters included), null when there is none.
 */
export function Pager({ path, restart, next }: { path: string; restart: string | null; next: string | null }) {
  const { t, href } = useLocale();
  if (restart === null && next === null) return null;
  return (
    <ul className="usa-button-group admin-pager">
      {restart !== null && (
        <li className="usa-button-group__item">
          <a className="usa-button usa-button--outline" href={href(path, new URLSearchParams(restart))}>
            {t('adminPager.firstPage')}
          </a>
        </li>
      )}
      {next !== null && (
        <li className="usa-button-group__item">
          <a className="usa-button" href={href(path, new URLSearchParams(next))}>
            {t('adminPager.nextPage')}
          </a>
        </li>
      )}
    </ul>
  );
}

/** The queries of the first and the next page, given the filters, the cursor in use and the page's pageInfo. */
export function pagesOf(
  filters: Record<string, string>,
  after: string | null,
  pageInfo: { endCursor: string | null; hasNextPage: boolean },
): { restart: string | null; next: string | null } {
  const { endCursor, hasNextPage } = pageInfo;
  return {
    restart: after ? new URLSearchParams(filters).toString() : null,
    next: hasNextPage && endCursor ? new URLSearchParams({ ...filters, after: endCursor }).toString() : null,
  };
}
