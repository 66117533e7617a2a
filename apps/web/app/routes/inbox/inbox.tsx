import { DirectoryApi } from '../../api/directory-api.server';
import {
  InboxListingDocument,
  ReceivedReferralsDocument,
  type ReceivedReferralsQuery,
} from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { RouteErrorPage } from '../../components/error-pages';
import { useLocale } from '../../components/locale';
import { INBOX_GROUPS, isInboxGroup, nextStepOf, reasonLabel, type InboxGroup } from '../../inbox/referral-wording';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { requireAccount } from '../../workspace/guard.server';
import type { Route } from './+types/inbox';
import { ColumnHeads } from '../../components/column-heads';

type ReceivedReferral = ReceivedReferralsQuery['receivedReferrals']['nodes'][number];

const PAGE_SIZE = 25;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAccount(request, context, 'PROVIDER');
  const url = new URL(request.url);
  const shown = url.searchParams.get('show');
  const group: InboxGroup = isInboxGroup(shown) ? shown : 'new';
  const locale = requestLocale(request);
  const title = workspaceTitle(locale, 'title.inbox');
  const api = new WorkspaceApi(context.api, request);
  const { myListing } = await api.read(InboxListingDocument);
  if (!myListing) return { title, group, hasListing: false, referrals: [], stateNames: {}, olderPage: null };

  const [{ receivedReferrals }, vocabularies] = await Promise.all([
    api.read(ReceivedReferralsDocument, {
      statuses: [...INBOX_GROUPS[group]],
      first: PAGE_SIZE,
      after: url.searchParams.get('after'),
    }),
    new DirectoryApi(context.api).vocabularies(locale.lang),
  ]);
  const { endCursor, hasNextPage } = receivedReferrals.pageInfo;
  return {
    title,
    group,
    hasListing: true,
    referrals: receivedReferrals.nodes,
    stateNames: Object.fromEntries(vocabularies.usStates.map((state) => [state.code, state.name])),
    olderPage: hasNextPage && endCursor ? new URLSearchParams({ show: group, after: endCursor }).toString() : null,
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function Inbox({ loaderData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { group, hasListing, referrals, stateNames, olderPage } = loaderData;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('inbox.heading')}</h1>
      {hasListing ? (
        <>
          <p className="usa-intro">{t('inbox.lead')}</p>
          <GroupLinks current={group} />
          <h2>{t(`inbox.groupHeading.${group}`)}</h2>
          {referrals.length === 0 ? (
            <p>{t(`inbox.empty.${group}`)}</p>
          ) : (
            <>
              {group === 'new' && <p>{t('inbox.privacyNote')}</p>}
              <ReferralTable referrals={referrals} stateNames={stateNames} />
            </>
          )}
          {olderPage && (
            <p>
              <a className="usa-button usa-button--outline" href={href('/inbox', new URLSearchParams(olderPage))}>
                {t('inbox.olderReferrals')}
              </a>
            </p>
          )}
        </>
      ) : (
        <NoListingYet />
      )}
    </main>
  );
}

function GroupLinks({ current }: { current: InboxGroup }) {
  const { t, href } = useLocale();
  const groups = Object.keys(INBOX_GROUPS) as InboxGroup[];
  return (
    <nav aria-label={t('inbox.groups')}>
      <ul className="usa-button-group usa-button-group--segmented inbox-groups">
        {groups.map((group) => (
          <li className="usa-button-group__item" key={group}>
            <a
              className={`usa-button${group === current ? '' : ' usa-button--outline'}`}
              href={href('/inbox', new URLSearchParams({ show: group }))}
              aria-current={group === current ? 'page' : undefined}
            >
              {t(`inbox.group.${group}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ReferralTable({
  referrals,
  stateNames,
}: {
  referrals: ReceivedReferral[];
  stateNames: Record<string, string>;
}) {
  const locale = useLocale();
  const { t, href, date } = locale;
  const columns = {
    received: t('inbox.column.received'),
    reason: t('inbox.column.reason'),
    urgency: t('inbox.column.urgency'),
    client: t('inbox.column.client'),
    status: t('inbox.column.status'),
    next: t('inbox.column.next'),
  };
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header inbox-table">
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {referrals.map((referral) => (
          <tr key={referral.id}>
            <th scope="row" data-label={columns.received}>
              <a href={href(`/inbox/${referral.id}`)} aria-label={t('inbox.open', { date: date(referral.createdAt) })}>
                {date(referral.createdAt)}
              </a>
            </th>
            <td data-label={columns.reason}>{reasonLabel(referral.reason, locale)}</td>
            <td data-label={columns.urgency}>{t(`inbox.urgency.${referral.urgency}`)}</td>
            <td data-label={columns.client}>
              {t('inbox.clientIn', {
                state: stateNames[referral.clientState] ?? referral.clientState,
                modality: t(`inbox.modality.${referral.modality}`),
              })}
            </td>
            <td data-label={columns.status}>{t(`inbox.status.${referral.status}`)}</td>
            <td data-label={columns.next}>{nextStepOf(referral, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NoListingYet() {
  const { t, href } = useLocale();
  return (
    <div className="usa-alert usa-alert--info">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('inbox.noListingHeading')}</h2>
        <p className="usa-alert__text">{t('inbox.noListingText')}</p>
        <p className="usa-alert__text margin-top-2">
          <a className="usa-button" href={href('/my-listing')}>
            {t('inbox.noListingLink')}
          </a>
        </p>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
