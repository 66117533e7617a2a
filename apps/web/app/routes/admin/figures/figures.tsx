import { CountList } from '../../../admin/figures/figure-cells';
import { ColumnHeads } from '../../../components/column-heads';
import { FiguresTable } from '../../../admin/figures/figures-table';
import { ReferralFiguresDocument, type ReferralFiguresQuery } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { useLocale } from '../../../components/locale';
import { Pager } from '../../../components/search-results';
import { pageLinksOf } from '../../../search/search-query';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/figures';

const PAGE_SIZE = 20;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const query = new URL(request.url).searchParams;
  const figures = await new WorkspaceApi(context.api, request).read(ReferralFiguresDocument, {
    first: PAGE_SIZE,
    after: query.get('cursor'),
  });
  const paging = new URLSearchParams();
  for (const name of ['cursor', 'prev']) for (const value of query.getAll(name)) paging.append(name, value);
  return { ...figures, paging: paging.toString(), title: workspaceTitle(requestLocale(request), 'title.adminFigures') };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ReferralFiguresPage({ loaderData }: Route.ComponentProps) {
  const { t } = useLocale();
  const { referralStatistics, referralStatisticsByState, usStates, listingsFlaggedByReferrals, paging } = loaderData;
  const stateNames = new Map(usStates.map((state) => [state.code, state.name]));
  const links = pageLinksOf(
    new URLSearchParams(paging),
    referralStatistics.pageInfo.endCursor,
    referralStatistics.pageInfo.hasNextPage,
  );
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('figures.heading')}</h1>
      <p>{t('figures.lead')}</p>
      <section aria-labelledby="figures-by-state">
        <h2 id="figures-by-state">{t('figures.byStateHeading')}</h2>
        {referralStatisticsByState.length > 0 ? (
          <FiguresTable
            caption={t('figures.byStateCaption')}
            headLabel={t('figures.state')}
            rows={referralStatisticsByState.map((figures) => ({
              key: figures.state,
              head: stateNames.get(figures.state) ?? figures.state,
              figures,
            }))}
          />
        ) : (
          <p>{t('figures.none')}</p>
        )}
      </section>
      <section aria-labelledby="figures-by-listing">
        <h2 id="figures-by-listing">{t('figures.byListingHeading')}</h2>
        {referralStatistics.nodes.length > 0 ? (
          <FiguresTable
            caption={t('figures.byListingCaption', { page: links.pageNumber })}
            headLabel={t('figures.listing')}
            rows={referralStatistics.nodes.map((figures) => ({
              key: figures.listing.id,
              head: <ListingCell listing={figures.listing} />,
              figures,
            }))}
          />
        ) : (
          <p>{t('figures.none')}</p>
        )}
        <Pager links={links} path="/admin/figures" />
      </section>
      <FlaggedListings flags={listingsFlaggedByReferrals} />
    </main>
  );
}

/** The listing's name, to its review page, and its audit trail to download. */
function ListingCell({ listing }: { listing: { id: string; name: string } }) {
  const { t, href } = useLocale();
  return (
    <ul className="usa-list usa-list--unstyled figures-listing-links">
      <li>
        <a href={href(`/admin/listings/${listing.id}`)}>{listing.name}</a>
      </li>
      <li>
        <a href={href(`/admin/listings/${listing.id}/audit.csv`)} download>
          {t('figures.auditCsv')}
          <span className="usa-sr-only">: {listing.name}</span>
        </a>
      </li>
    </ul>
  );
}

type Flag = ReferralFiguresQuery['listingsFlaggedByReferrals'][number];

function FlaggedListings({ flags }: { flags: Flag[] }) {
  const { t, date } = useLocale();
  const labels = [t('figures.listing'), t('figures.flaggedOn'), t('figures.signals'), t('figures.rule')];
  return (
    <section aria-labelledby="figures-flagged">
      <h2 id="figures-flagged">{t('figures.flaggedHeading')}</h2>
      <p>{t('figures.flaggedLead')}</p>
      {flags.length > 0 ? (
        <table className="usa-table usa-table--stacked usa-table--borderless figures-table">
          <caption>{t('figures.flaggedCaption')}</caption>
          <ColumnHeads labels={labels} />
          <tbody>
            {flags.map((flag) => (
              <tr key={flag.listing.id}>
                <th scope="row" data-label={labels[0]}>
                  <ListingCell listing={flag.listing} />
                </th>
                <td data-label={labels[1]}>{date(flag.flaggedAt)}</td>
                <td data-label={labels[2]}>
                  <CountList
                    counts={flag.evidence.map(({ kind, count }) => ({ key: kind, count }))}
                    labels="figures.signal"
                  />
                </td>
                <td data-label={labels[3]}>
                  {t('figures.ruleText', { threshold: flag.threshold, days: flag.windowDays })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('figures.flaggedNone')}</p>
      )}
    </section>
  );
}
