import { data, redirect } from 'react-router';
import { LogInDocument } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm } from '../../workspace/form-data';
import { homeOf, safeNextPath } from '../../workspace/guard.server';
import type { Route } from './+types/login';

export function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get('next');
  const account = context.session.account;
  if (account) throw redirect(safeNextPath(next, homeOf(account)));
  return {
    title: workspaceTitle(requestLocale(request), 'title.logIn'),
    csrfToken: context.csrfToken(),
    next: safeNextPath(next, ''),
    loggedOut: url.searchParams.has('logged-out'),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  const email = form.text('email').trim();
  const oneTimeCode = form.text('oneTimeCode').trim();
  const outcome = await new WorkspaceApi(context.api, request).run(LogInDocument, {
    email,
    password: form.text('password'),
    oneTimeCode: oneTimeCode || null,
  });
  if (outcome.ok) {
    context.session.start(outcome.data.logIn);
    throw redirect(safeNextPath(form.text('next'), homeOf(outcome.data.logIn.user)));
  }
  const { refusal } = outcome;
  const needsOneTimeCode = refusal.reason === 'AUTH.SECOND_FACTOR_REQUIRED' || oneTimeCode !== '';
  const status = refusal.code === 'RATE_LIMITED' ? 429 : refusal.code === 'BAD_USER_INPUT' ? 400 : 401;
  return data({ email, needsOneTimeCode, reason: refusal.reason, message: refusal.message }, { status });
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function LogIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { csrfToken, next, loggedOut } = loaderData;
  const alert =
    actionData?.reason === 'AUTH.SECOND_FACTOR_REQUIRED' ? t('logIn.needsOneTimeCode') : actionData?.message;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('logIn.heading')}</h1>
      <p className="usa-intro">{t('logIn.lead')}</p>
      {loggedOut && !actionData && (
        <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('logIn.loggedOut')}</p>
          </div>
        </div>
      )}
      {next && <p>{t('logIn.continueTo')}</p>}
      <PostForm
        name="login"
        csrfToken={csrfToken}
        action={href('/login', next ? new URLSearchParams({ next }) : undefined)}
        className="usa-form"
      >
        <FormAlert form="login" message={alert && `${t('logIn.refused')} ${alert}`} />
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          type="email"
          label={t('logIn.email')}
          value={actionData?.email ?? ''}
          autoComplete="username"
          required
        />
        <TextField
          name="password"
          type="password"
          label={t('logIn.password')}
          value=""
          autoComplete="current-password"
          required
        />
        {actionData?.needsOneTimeCode && (
          <TextField
            name="oneTimeCode"
            label={t('logIn.oneTimeCode')}
            hint={t('logIn.oneTimeCodeHint')}
            value=""
            autoComplete="one-time-code"
            inputMode="numeric"
          />
        )}
        <button className="usa-button" type="submit">
          {t('logIn.submit')}
        </button>
      </PostForm>
      <p>
        <a href={href('/forgot-password')}>{t('logIn.forgotPassword')}</a>
      </p>
      <p>
        <a href={href('/signup')}>{t('logIn.noAccount')}</a>
      </p>
    </main>
  );
}
