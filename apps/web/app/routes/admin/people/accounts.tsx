import { AdminAccountsDocument, type AccountStatus, type AdminAccountsQuery } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { FormName, SelectField, TextField } from '../../../components/form-fields';
import { useLocale, useVisit } from '../../../components/locale';
import { Pager } from '../../../components/search-results';
import { pageLinksOf } from '../../../search/search-query';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import { ACCOUNT_STATUSES, DECIDABLE_FROM } from './people-decisions';
import type { Route } from './+types/accounts';
import { ColumnHeads } from '../../../components/column-heads';

const PAGE_SIZE = 20;
const PATH = '/admin/accounts';

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const query = new URL(request.url).searchParams;
  const status = ACCOUNT_STATUSES.find((value) => value === query.get('status')) ?? null;
  const email = (query.get('email') ?? '').trim().slice(0, 254);
  const { accounts } = await new WorkspaceApi(context.api, request).read(AdminAccountsDocument, {
    status,
    email: email || null,
    first: PAGE_SIZE,
    after: query.get('cursor'),
  });
  const listQuery = new URLSearchParams();
  if (status) listQuery.set('status', status);
  if (email) listQuery.set('email', email);
  for (const name of ['cursor', 'prev']) for (const value of query.getAll(name)) listQuery.append(name, value);
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminAccounts'),
    accounts: accounts.nodes,
    pageInfo: accounts.pageInfo,
    listQuery: listQuery.toString(),
    status,
    email,
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function Accounts({ loaderData }: Route.ComponentProps) {
  const { t } = useLocale();
  const { chosenLang } = useVisit();
  const { accounts, pageInfo, listQuery, status, email } = loaderData;
  const links = pageLinksOf(new URLSearchParams(listQuery), pageInfo.endCursor, pageInfo.hasNextPage);
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('accounts.heading')}</h1>
      <p className="usa-intro">{t('accounts.lead')}</p>
      <FormName.Provider value="accounts">
        <form method="get" action={PATH} className="usa-form people-filter">
          {chosenLang && <input type="hidden" name="lang" value={chosenLang} />}
          <SelectField
            name="status"
            label={t('accounts.filterStatus')}
            value={status ?? ''}
            emptyLabel={t('accounts.anyStatus')}
            options={ACCOUNT_STATUSES.map((value) => ({ value, label: t(`accountStatus.${value}`) }))}
          />
          <TextField name="email" label={t('accounts.filterEmail')} value={email} maxLength={254} />
          <button className="usa-button usa-button--outline" type="submit">
            {t('accounts.filter')}
          </button>
        </form>
      </FormName.Provider>
      {accounts.length > 0 ? <AccountTable accounts={accounts} /> : <p>{t('accounts.none')}</p>}
      <Pager links={links} path={PATH} />
    </main>
  );
}

function AccountTable({ accounts }: { accounts: AdminAccountsQuery['accounts']['nodes'] }) {
  const { t, href, date } = useLocale();
  const columns = {
    name: t('accounts.name'),
    email: t('people.email'),
    role: t('people.role'),
    status: t('people.status'),
    signedUp: t('people.signedUp'),
    actions: t('accounts.actions'),
  };
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless people-table">
      <caption>{t('accounts.tableCaption')}</caption>
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id}>
            <th scope="row" data-label={columns.name}>
              <a href={href(`${PATH}/${account.id}`)}>{account.displayName}</a>
            </th>
            <td data-label={columns.email} className="people-table__breakable">
              {account.email}
            </td>
            <td data-label={columns.role}>{t(`accountRole.${account.role}`)}</td>
            <td data-label={columns.status}>{t(`accountStatus.${account.status}`)}</td>
            <td data-label={columns.signedUp}>{date(account.createdAt)}</td>
            <td data-label={columns.actions}>
              <AccountActions account={account} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Suspend or reinstate open on the account's page, where its trail is in front of the admin. */
function AccountActions({ account }: { account: { id: string; displayName: string; status: AccountStatus } }) {
  const { t, href } = useLocale();
  const { id, status } = account;
  const decisions = (['suspend', 'reinstate'] as const).filter((decision) => DECIDABLE_FROM[decision].includes(status));
  const whose = <span className="usa-sr-only">: {account.displayName}</span>;
  return (
    <ul className="usa-list usa-list--unstyled people-table__actions">
      {decisions.map((decision) => (
        <li key={decision}>
          <a href={href(`${PATH}/${id}`, new URLSearchParams({ decide: decision }))}>
            {t(`decision.${decision}`)}
            {whose}
          </a>
        </li>
      ))}
      <li>
        <a href={href(`${PATH}/${id}`)}>
          {t('accounts.open')}
          {whose}
        </a>
      </li>
    </ul>
  );
}
