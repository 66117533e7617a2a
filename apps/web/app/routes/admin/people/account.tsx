import { AdminAccountDocument, type AdminAccountQuery } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { useLocale } from '../../../components/locale';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import { runPeopleAction } from './people-actions.server';
import { DecisionLink, DecisionPanel, PageAlert, useNoticeText } from './people-components';
import { DECIDABLE_FROM, doneNotice, isDecision } from './people-decisions';
import type { Route } from './+types/account';
import { ColumnHeads } from '../../../components/column-heads';

// Actions the trail may hold that have a label; a newer one shows as the API names it.
const KNOWN_ACTIONS = [
  'SIGN_UP',
  'CREATE_ADMIN',
  'CONFIRM_EMAIL',
  'CHANGE_PASSWORD',
  'RESET_PASSWORD',
  'END_SESSION',
  'VERIFY_LICENSE',
  'APPROVE',
  'REJECT',
  'SUSPEND',
  'REINSTATE',
  'START_SECOND_FACTOR_ENROLLMENT',
  'CONFIRM_SECOND_FACTOR',
  'RESET_SECOND_FACTOR',
  'REGENERATE_RECOVERY_CODES',
  'USE_RECOVERY_CODE',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

const PERSONAL_DECISIONS = ['suspend', 'reinstate'] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  requireAdmin(context);
  const query = new URL(request.url).searchParams;
  const { account, accountHistory } = await new WorkspaceApi(context.api, request).read(AdminAccountDocument, {
    id: params.id,
  });
  const decide = query.get('decide');
  const deciding = isDecision(decide) && DECIDABLE_FROM[decide].includes(account.status) ? decide : null;
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminAccount'),
    csrfToken: context.csrfToken(),
    account,
    history: accountHistory,
    deciding,
    done: doneNotice(query.get('done')) ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAdmin(context);
  return runPeopleAction(request, context);
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function AccountPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, date } = useLocale();
  const noticeText = useNoticeText();
  const { account, history, deciding, done, csrfToken } = loaderData;
  const path = `/admin/accounts/${account.id}`;
  const decision = actionData?.stale ? null : deciding;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <p>
        <a href={href('/admin/accounts')}>{t('account.backToAccounts')}</a>
      </p>
      <h1 id={`account-${account.id}`}>{t('account.heading', { name: account.displayName })}</h1>
      <PageAlert kind="success" text={!actionData && done ? t(done) : undefined} />
      <PageAlert kind="error" text={actionData?.stale && actionData.alert ? noticeText(actionData.alert) : undefined} />
      <h2>{t('account.details')}</h2>
      <dl className="people-details">
        <dt>{t('people.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('people.role')}</dt>
        <dd>{t(`accountRole.${account.role}`)}</dd>
        <dt>{t('people.status')}</dt>
        <dd>{t(`accountStatus.${account.status}`)}</dd>
        <dt>{t('people.signedUp')}</dt>
        <dd>{date(account.createdAt)}</dd>
      </dl>
      {decision ? (
        <DecisionPanel
          decision={decision}
          account={account}
          csrfToken={csrfToken}
          action={href(path, new URLSearchParams({ decide: decision }))}
          cancelTo={href(path)}
          actionData={actionData}
        />
      ) : (
        <div className="people-card__decisions">
          {PERSONAL_DECISIONS.filter((choice) => DECIDABLE_FROM[choice].includes(account.status)).map((choice) => (
            <DecisionLink
              key={choice}
              decision={choice}
              path={path}
              query={new URLSearchParams()}
              accountId={account.id}
            />
          ))}
        </div>
      )}
      <h2>{t('account.auditHeading')}</h2>
      <p>
        <a href={href(`${path}/audit.csv`)} download>
          {t('account.exportCsv')}
        </a>
      </p>
      {history.length > 0 ? <AuditTable history={history} /> : <p>{t('account.auditNone')}</p>}
    </main>
  );
}

function AuditTable({ history }: { history: AdminAccountQuery['accountHistory'] }) {
  const { t, date } = useLocale();
  const columns = {
    when: t('account.when'),
    what: t('account.what'),
    status: t('account.statusChange'),
    who: t('account.who'),
    why: t('account.why'),
  };
  const actionLabel = (action: string) =>
    KNOWN_ACTIONS.includes(action as KnownAction) ? t(`accountAction.${action as KnownAction}`) : action;
  const statusOf = (status: (typeof history)[number]['toStatus']) => t(`accountStatus.${status}`);
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless people-table">
      <caption>{t('account.auditCaption')}</caption>
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {history.map((event) => (
          <tr key={event.id}>
            <td data-label={columns.when}>
              <time dateTime={event.at}>
                {date(event.at)} {event.at.slice(11, 16)} UTC
              </time>
            </td>
            <th scope="row" data-label={columns.what} className="people-table__breakable">
              {actionLabel(event.action)}
            </th>
            <td data-label={columns.status}>
              {event.fromStatus && event.fromStatus !== event.toStatus
                ? `${statusOf(event.fromStatus)} → ${statusOf(event.toStatus)}`
                : statusOf(event.toStatus)}
            </td>
            <td data-label={columns.who}>{event.actorDisplayName ?? t('account.system')}</td>
            <td data-label={columns.why} className="people-table__breakable">
              {event.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
