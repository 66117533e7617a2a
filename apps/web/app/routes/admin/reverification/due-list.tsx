import {
  dayAfter,
  DUE_WINDOWS,
  dueReasons,
  dueWindowOf,
  flagsByListing,
  type DueWindow,
} from '../../../admin/reverification/due-reasons';
import { DueReasonList } from '../../../admin/reverification/due-reason-list';
import { ListingsDueForReverificationDocument } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { RouteErrorPage } from '../../../components/error-pages';
import { SelectField } from '../../../components/form-fields';
import { useLocale, useVisit } from '../../../components/locale';
import { Pager, pagesOf } from '../../../admin/pager';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/due-list';
import { ColumnHeads } from '../../../components/column-heads';

const PAGE_SIZE = 25;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const url = new URL(request.url);
  const due = dueWindowOf(url.searchParams.get('due'));
  const after = url.searchParams.get('after');
  const { listingsDueForReverification: page, listingsFlaggedByReferrals } = await new WorkspaceApi(
    context.api,
    request,
  ).read(ListingsDueForReverificationDocument, { withinDays: DUE_WINDOWS[due], first: PAGE_SIZE, after });
  const today = new Date().toISOString().slice(0, 10);
  const flags = flagsByListing(listingsFlaggedByReferrals);
  const windowEnd = dayAfter(today, DUE_WINDOWS[due]);
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminReverification'),
    due,
    today,
    pages: pagesOf({ due }, after, page.pageInfo),
    reverified: url.searchParams.get('reverified'),
    listings: page.nodes.map((listing) => ({
      ...listing,
      reasons: dueReasons(listing, flags.get(listing.id), windowEnd),
    })),
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ReverificationList({ loaderData }: Route.ComponentProps) {
  const { t, href, date } = useLocale();
  const { due, today, listings, pages, reverified } = loaderData;
  const columns = {
    listing: t('reverify.column.listing'),
    dueOn: t('reverify.column.dueOn'),
    why: t('reverify.column.why'),
    actions: t('reverify.column.actions'),
  };
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('reverify.heading')}</h1>
      <p className="usa-intro">{t('reverify.lead')}</p>
      {reverified && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('reverify.recorded', { date: date(reverified) })}</p>
          </div>
        </div>
      )}
      <DueFilter due={due} />
      <h2>{t(`reverify.listHeading.${due}`)}</h2>
      {listings.length === 0 ? (
        <p>{t('reverify.empty')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header admin-table">
          <ColumnHeads labels={Object.values(columns)} />
          <tbody>
            {listings.map((listing) => (
              <tr key={listing.id}>
                <th scope="row" data-label={columns.listing}>
                  {listing.firstName} {listing.lastName}
                  <span className="display-block text-normal">{t('reverify.npi', { npi: listing.npi })}</span>
                </th>
                <td data-label={columns.dueOn}>
                  {listing.reverifyOn ? date(listing.reverifyOn) : t('reverify.noDate')}
                  {listing.reverifyOn && listing.reverifyOn < today && (
                    <span className="display-block text-bold">{t('reverify.overdue')}</span>
                  )}
                </td>
                <td data-label={columns.why}>
                  <DueReasonList reasons={listing.reasons} reverifyOn={listing.reverifyOn} today={today} />
                </td>
                <td data-label={columns.actions}>
                  <ul className="usa-list usa-list--unstyled">
                    <li>
                      <a href={href(`/admin/reverification/${listing.id}`)}>
                        {t('reverify.record', { name: `${listing.firstName} ${listing.lastName}` })}
                      </a>
                    </li>
                    <li>
                      <a href={href(`/admin/listings/${listing.id}`)}>
                        {t('reverify.fullReview', { name: `${listing.firstName} ${listing.lastName}` })}
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager path="/admin/reverification" {...pages} />
    </main>
  );
}

function DueFilter({ due }: { due: DueWindow }) {
  const { t, href } = useLocale();
  const { chosenLang } = useVisit();
  const windows = Object.keys(DUE_WINDOWS) as DueWindow[];
  return (
    <form method="get" action={href('/admin/reverification')} className="usa-form admin-filter">
      {chosenLang && <input type="hidden" name="lang" value={chosenLang} />}
      <SelectField
        name="due"
        label={t('reverify.filter.label')}
        value={due}
        options={windows.map((window) => ({ value: window, label: t(`reverify.filter.${window}`) }))}
      />
      <button type="submit" className="usa-button">
        {t('reverify.filter.submit')}
      </button>
    </form>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
