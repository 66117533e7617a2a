import {
  ListingReviewersDocument,
  ListingsForReviewDocument,
  type ListingsForReviewQuery,
  type UsState,
} from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { RouteErrorPage } from '../../../components/error-pages';
import { FormName, SelectField } from '../../../components/form-fields';
import { type Locale, useLocale, useVisit } from '../../../components/locale';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import { WAITING_STATUSES } from './decisions';
import { daysBetween, publicNameOf, reviewHolderOf } from './listing-names';
import type { Route } from './+types/queue';
import { ColumnHeads } from '../../../components/column-heads';

type WaitingStatus = (typeof WAITING_STATUSES)[number];
type QueuedListing = ListingsForReviewQuery['listingsForReview']['nodes'][number];

const PAGE_SIZE = 25;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const url = new URL(request.url);
  const status = waitingStatusOf(url.searchParams.get('status'));
  const state = stateFilterOf(url.searchParams.get('state'));
  const api = new WorkspaceApi(context.api, request);
  const { listingsForReview, usStates } = await api.read(ListingsForReviewDocument, {
    status,
    state,
    first: PAGE_SIZE,
    after: url.searchParams.get('after'),
  });
  const now = new Date();
  const rows = await Promise.all(listingsForReview.nodes.map(async (listing) => rowOf(listing, now, api)));
  const { endCursor, hasNextPage } = listingsForReview.pageInfo;
  const filter = { status, ...(state ? { state } : {}) };
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminListings'),
    status,
    state: state ?? '',
    usStates,
    rows,
    nextPage: hasNextPage && endCursor ? new URLSearchParams({ ...filter, after: endCursor }).toString() : null,
    firstPage: url.searchParams.has('after') ? new URLSearchParams(filter).toString() : null,
  };
}

/** A state code, else none (the whole queue); a code of the right shape the API does not know is its 400. */
function stateFilterOf(value: string | null): UsState | null {
  return value && /^[A-Z]{2}$/.test(value) ? (value as UsState) : null;
}

function waitingStatusOf(value: string | null): WaitingStatus {
  return WAITING_STATUSES.find((status) => status === value) ?? 'SUBMITTED';
}

async function rowOf(listing: QueuedListing, now: Date, api: WorkspaceApi) {
  const since = listing.openRevision?.statusChangedAt ?? listing.statusChangedAt;
  const held = listing.reviewStatus !== 'SUBMITTED';
  const holder = held
    ? reviewHolderOf((await api.read(ListingReviewersDocument, { id: listing.id })).listingHistory)
    : null;
  const states = [...new Set([...listing.licenses, ...listing.locations].map((place) => place.state))].sort();
  return {
    id: listing.id,
    name: publicNameOf(listing),
    isRevision: Boolean(listing.openRevision),
    reviewStatus: listing.reviewStatus,
    states,
    since,
    waitingDays: daysBetween(since, now),
    holder,
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

type QueueData = Route.ComponentProps['loaderData'];

export default function ReviewQueue({ loaderData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { rows, nextPage, firstPage } = loaderData;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('adminQueue.heading')}</h1>
      <p className="usa-intro">{t('adminQueue.lead')}</p>
      <QueueFilters queue={loaderData} />
      {rows.length === 0 ? <p>{t('adminQueue.empty')}</p> : <QueueTable rows={rows} />}
      {(nextPage || firstPage) && (
        <p className="usa-button-group">
          {firstPage && (
            <a
              className="usa-button usa-button--outline"
              href={href('/admin/listings', new URLSearchParams(firstPage))}
            >
              {t('adminQueue.firstPage')}
            </a>
          )}
          {nextPage && (
            <a className="usa-button usa-button--outline" href={href('/admin/listings', new URLSearchParams(nextPage))}>
              {t('adminQueue.morePage')}
            </a>
          )}
        </p>
      )}
    </main>
  );
}

function QueueFilters({ queue }: { queue: QueueData }) {
  const { t } = useLocale();
  const { chosenLang } = useVisit();
  return (
    <FormName.Provider value="queue">
      <form
        method="get"
        action="/admin/listings"
        className="usa-form admin-filters"
        aria-label={t('adminQueue.filters')}
      >
        {chosenLang && <input type="hidden" name="lang" value={chosenLang} />}
        <SelectField
          name="status"
          label={t('adminQueue.status')}
          value={queue.status}
          options={WAITING_STATUSES.map((status) => ({ value: status, label: t(`listingStatus.${status}`) }))}
        />
        <SelectField
          name="state"
          label={t('adminQueue.state')}
          value={queue.state}
          emptyLabel={t('adminQueue.anyState')}
          options={queue.usStates.map((state) => ({ value: state.code, label: state.name }))}
        />
        <button className="usa-button" type="submit">
          {t('adminQueue.apply')}
        </button>
      </form>
    </FormName.Provider>
  );
}

function QueueTable({ rows }: { rows: QueueData['rows'] }) {
  const locale = useLocale();
  const { t, href, date } = locale;
  const columns = {
    listing: t('adminQueue.column.listing'),
    kind: t('adminQueue.column.kind'),
    states: t('adminQueue.column.states'),
    waiting: t('adminQueue.column.waiting'),
    holder: t('adminQueue.column.holder'),
  };
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header admin-table">
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" data-label={columns.listing}>
              <a href={href(`/admin/listings/${row.id}`)}>{row.name}</a>
              <br />
              <span className="usa-tag">{t(`listingStatus.${row.reviewStatus}`)}</span>
            </th>
            <td data-label={columns.kind}>{t(row.isRevision ? 'adminQueue.kind.revision' : 'adminQueue.kind.new')}</td>
            <td data-label={columns.states}>{row.states.join(', ')}</td>
            <td data-label={columns.waiting}>
              {t('adminQueue.since', { age: ageText(row.waitingDays, locale), date: date(row.since) })}
            </td>
            <td data-label={columns.holder}>{row.holder ?? t('adminQueue.nobody')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ageText(days: number, { t }: Locale): string {
  if (days === 0) return t('adminQueue.age.today');
  if (days === 1) return t('adminQueue.age.oneDay');
  return t('adminQueue.age.days', { days });
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
