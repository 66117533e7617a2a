import { SentReferralsDocument, type SentReferralsQuery } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { FormName, SelectField } from '../../components/form-fields';
import { useLocale, useVisit } from '../../components/locale';
import { Pager } from '../../components/search-results';
import { oneOf, STATUSES, waitingOn } from '../../referrals/referral-vocabulary';
import { pageLinksOf } from '../../search/search-query';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { requireAccount } from '../../workspace/guard.server';
import type { Route } from './+types/list';
import { ColumnHeads } from '../../components/column-heads';

const PAGE_SIZE = 20;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAccount(request, context, 'THERAPIST');
  const query = new URL(request.url).searchParams;
  const status = oneOf(STATUSES, query.get('status') ?? '') ?? null;
  const { sentReferrals } = await new WorkspaceApi(context.api, request).read(SentReferralsDocument, {
    first: PAGE_SIZE,
    after: query.get('cursor'),
    status,
  });
  const listQuery = new URLSearchParams();
  if (status) listQuery.set('status', status);
  for (const name of ['cursor', 'prev']) for (const value of query.getAll(name)) listQuery.append(name, value);
  return {
    listQuery: listQuery.toString(),
    pageInfo: sentReferrals.pageInfo,
    title: workspaceTitle(requestLocale(request), 'title.referrals'),
    status,
    referrals: sentReferrals.nodes,
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function SentReferrals({ loaderData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { status, referrals, listQuery, pageInfo } = loaderData;
  const links = pageLinksOf(new URLSearchParams(listQuery), pageInfo.endCursor, pageInfo.hasNextPage);
  const { chosenLang } = useVisit();
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('referrals.heading')}</h1>
      <p>
        <a className="usa-button" href={href('/search')}>
          {t('referrals.findProvider')}
        </a>
      </p>
      <FormName.Provider value="referrals">
        <form method="get" action="/referrals" className="usa-form referral-filter">
          {chosenLang && <input type="hidden" name="lang" value={chosenLang} />}
          <SelectField
            name="status"
            label={t('referrals.filterStatus')}
            value={status ?? ''}
            emptyLabel={t('referrals.anyStatus')}
            options={STATUSES.map((value) => ({ value, label: t(`referralStatus.${value}`) }))}
          />
          <button className="usa-button usa-button--outline" type="submit">
            {t('referrals.filter')}
          </button>
        </form>
      </FormName.Provider>
      {referrals.length > 0 ? (
        <ReferralTable referrals={referrals} />
      ) : (
        <p>{status ? t('referrals.noneWithStatus') : t('referrals.none')}</p>
      )}
      <Pager links={links} path="/referrals" />
    </main>
  );
}

function ReferralTable({ referrals }: { referrals: SentReferralsQuery['sentReferrals']['nodes'] }) {
  const { t, href, date } = useLocale();
  const columns = {
    provider: t('referrals.provider'),
    status: t('referrals.status'),
    waitingOn: t('referrals.waitingOn'),
    sent: t('referrals.sent'),
    lastChange: t('referrals.lastChange'),
  };
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless referral-table">
      <caption>{t('referrals.tableCaption')}</caption>
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {referrals.map((referral) => (
          <tr key={referral.id}>
            <th scope="row" data-label={columns.provider}>
              <a href={href(`/referrals/${referral.id}`)}>{referral.listing.name}</a>
            </th>
            <td data-label={columns.status}>{t(`referralStatus.${referral.status}`)}</td>
            <td data-label={columns.waitingOn}>{t(waitingOn(referral))}</td>
            <td data-label={columns.sent}>{date(referral.createdAt)}</td>
            <td data-label={columns.lastChange}>{date(referral.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
