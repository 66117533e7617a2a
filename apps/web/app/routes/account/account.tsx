import { data, redirect, type AppLoadContext } from 'react-router';
import {
  ChangePasswordDocument,
  EndSessionDocument,
  LogOutEverywhereDocument,
  MyAccountDocument,
  type MyAccountQuery,
} from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { dateTime } from '../../account/date-time';
import { fieldReasons, refusalMessage, statusOf } from '../../account/refusals';
import { Notice } from '../../account/notice';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm, type PostedForm } from '../../workspace/form-data';
import { requireAccount } from '../../workspace/guard.server';
import type { MessageKey } from '../../i18n/messages.en';
import type { Route } from './+types/account';

type Me = MyAccountQuery['me'];

const ROLE_KEYS: Record<Me['role'], MessageKey> = {
  ADMIN: 'myAccount.roleADMIN',
  THERAPIST: 'myAccount.roleTHERAPIST',
  PROVIDER: 'myAccount.rolePROVIDER',
};

const STATUS_KEYS: Record<Me['status'], MessageKey> = {
  ACTIVE: 'myAccount.statusACTIVE',
  PENDING_APPROVAL: 'myAccount.statusPENDING_APPROVAL',
  REJECTED: 'myAccount.statusREJECTED',
  SUSPENDED: 'myAccount.statusSUSPENDED',
};

// What the page says after a change, carried in its address by the redirect that follows the post.
const DONE_NOTICES = {
  'password-changed': 'myAccount.passwordChanged',
  'session-ended': 'myAccount.sessionEnded',
  'session-gone': 'myAccount.sessionGone',
} as const satisfies Record<string, MessageKey>;
type Done = keyof typeof DONE_NOTICES;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAccount(request, context);
  const { me, mySessions } = await new WorkspaceApi(context.api, request).read(MyAccountDocument);
  // This device first, then the others as the API lists them (most recently seen first).
  const sessions = [...mySessions].sort((a, b) => Number(b.current) - Number(a.current));
  const done = new URL(request.url).searchParams.get('done');
  return {
    title: workspaceTitle(requestLocale(request), 'title.account'),
    csrfToken: context.csrfToken(),
    me,
    sessions,
    done: done && done in DONE_NOTICES ? (done as Done) : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAccount(request, context);
  const form = await readForm(request);
  const intent = form.text('intent');
  if (intent === 'logOutEverywhere') return logOutEverywhere(request, context);
  if (intent === 'endSession') return endSession(request, context, form.text('sessionId'));
  return changePassword(request, context, form);
}

async function changePassword(request: Request, context: AppLoadContext, form: PostedForm) {
  const outcome = await new WorkspaceApi(context.api, request).run(ChangePasswordDocument, {
    currentPassword: form.text('currentPassword'),
    newPassword: form.text('newPassword'),
  });
  if (outcome.ok) throw redirect(accountPath(request, 'password-changed'));
  const { refusal } = outcome;
  const locale = requestLocale(request);
  return data(
    { message: refusalMessage(locale, refusal), fieldErrors: fieldReasons(locale, refusal) },
    { status: statusOf(refusal) },
  );
}

async function endSession(request: Request, context: AppLoadContext, id: string) {
  const outcome = await new WorkspaceApi(context.api, request).run(EndSessionDocument, { id });
  if (!outcome.ok && outcome.refusal.code !== 'NOT_FOUND')
    throw new Response(null, { status: statusOf(outcome.refusal) });
  throw redirect(accountPath(request, outcome.ok ? 'session-ended' : 'session-gone'));
}

async function logOutEverywhere(request: Request, context: AppLoadContext) {
  await new WorkspaceApi(context.api, request).run(LogOutEverywhereDocument);
  context.session.end();
  const lang = new URL(request.url).searchParams.get('lang');
  throw redirect(`/login?logged-out${lang ? `&lang=${lang}` : ''}`);
}

function accountPath(request: Request, done: Done): string {
  const query = new URLSearchParams({ done });
  const lang = new URL(request.url).searchParams.get('lang');
  if (lang) query.set('lang', lang);
  return `/account?${query.toString()}`;
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useLocale();
  const { me, sessions, csrfToken, done } = loaderData;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('myAccount.heading')}</h1>
      {done && !actionData && <Notice type="success">{t(DONE_NOTICES[done])}</Notice>}
      <WhoYouAre me={me} />
      <ChangePassword csrfToken={csrfToken} refused={actionData} />
      <Sessions csrfToken={csrfToken} sessions={sessions} />
    </main>
  );
}

function WhoYouAre({ me }: { me: Me }) {
  const { t } = useLocale();
  const rows: Array<[MessageKey, string]> = [
    ['myAccount.name', me.displayName],
    ['myAccount.email', me.email],
    ['myAccount.role', t(ROLE_KEYS[me.role])],
    ['myAccount.status', t(STATUS_KEYS[me.status])],
  ];
  return (
    <section aria-labelledby="who-heading">
      <h2 id="who-heading">{t('myAccount.who')}</h2>
      <dl className="account-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ChangePassword({
  csrfToken,
  refused,
}: {
  csrfToken: string;
  refused?: { message: string; fieldErrors: Record<string, string> };
}) {
  const { t, href } = useLocale();
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t('myAccount.changePassword')}</h2>
      <p>{t('myAccount.changePasswordLead')}</p>
      <PostForm name="password" csrfToken={csrfToken} action={href('/account')} className="usa-form">
        <FormAlert
          form="password"
          message={refused && `${t('myAccount.changePasswordRefused')} ${refused.message}`}
          fieldErrors={refused?.fieldErrors}
          labels={{ currentPassword: t('myAccount.currentPassword'), newPassword: t('myAccount.newPassword') }}
        />
        <TextField
          name="currentPassword"
          type="password"
          label={t('myAccount.currentPassword')}
          value=""
          autoComplete="current-password"
          error={refused?.fieldErrors.currentPassword}
          required
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('myAccount.newPassword')}
          hint={t('account.passwordHint')}
          value=""
          autoComplete="new-password"
          error={refused?.fieldErrors.newPassword}
          required
        />
        <button className="usa-button" type="submit" name="intent" value="changePassword">
          {t('myAccount.changePasswordSubmit')}
        </button>
      </PostForm>
    </section>
  );
}

function Sessions({ csrfToken, sessions }: { csrfToken: string; sessions: MyAccountQuery['mySessions'] }) {
  const { t, href, lang } = useLocale();
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('myAccount.sessions')}</h2>
      <p>{t('myAccount.sessionsLead')}</p>
      <ul className="usa-card-group account-sessions">
        {sessions.map((session) => (
          <li key={session.id} className="usa-card account-session">
            <div className="usa-card__container">
              <div className="usa-card__header">
                <h3 className="usa-card__heading">
                  {session.device} {session.current && t('myAccount.thisDevice')}
                </h3>
              </div>
              <div className="usa-card__body">
                <dl className="account-facts">
                  <div>
                    <dt>{t('myAccount.network')}</dt>
                    <dd>{session.approximateAddress}</dd>
                  </div>
                  <div>
                    <dt>{t('myAccount.started')}</dt>
                    <dd>{dateTime(lang, session.startedAt)}</dd>
                  </div>
                  <div>
                    <dt>{t('myAccount.lastUsed')}</dt>
                    <dd>{dateTime(lang, session.lastSeenAt)}</dd>
                  </div>
                </dl>
              </div>
              <div className="usa-card__footer">
                {session.current ? (
                  <p>
                    <span className="usa-tag">{t('myAccount.thisSession')}</span>
                  </p>
                ) : (
                  <PostForm
                    name={`session-${session.id}`}
                    csrfToken={csrfToken}
                    action={href('/account')}
                    className="account-session__end"
                  >
                    <input type="hidden" name="sessionId" value={session.id} />
                    <button className="usa-button usa-button--outline" type="submit" name="intent" value="endSession">
                      {t('myAccount.endSession')}
                      <span className="usa-sr-only"> ({session.device})</span>
                    </button>
                  </PostForm>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
      <PostForm name="everywhere" csrfToken={csrfToken} action={href('/account')} className="account-everywhere">
        <button
          className="usa-button usa-button--secondary"
          type="submit"
          name="intent"
          value="logOutEverywhere"
          aria-describedby="everywhere-hint"
        >
          {t('myAccount.logOutEverywhere')}
        </button>
        <span className="usa-hint" id="everywhere-hint">
          {t('myAccount.logOutEverywhereHint')}
        </span>
      </PostForm>
    </section>
  );
}
