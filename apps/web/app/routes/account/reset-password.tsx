import { data } from 'react-router';
import { ResetPasswordDocument } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { fieldReasons, refusalMessage, statusOf } from '../../account/refusals';
import { Notice } from '../../account/notice';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm } from '../../workspace/form-data';
import type { Route } from './+types/reset-password';

export function loader({ request, context }: Route.LoaderArgs) {
  return {
    title: workspaceTitle(requestLocale(request), 'title.resetPassword'),
    csrfToken: context.csrfToken(),
    token: new URL(request.url).searchParams.get('token') ?? '',
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  // The form posts back to the link's own address, token included.
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const newPassword = (await readForm(request)).text('newPassword');
  const outcome = await new WorkspaceApi(context.api, request).run(ResetPasswordDocument, { token, newPassword });
  if (outcome.ok) {
    // The API ended every session of the account, this browser's too if it was signed in.
    context.session.end();
    return data({ view: 'changed' } as const);
  }
  const { refusal } = outcome;
  if (refusal.reason === 'AUTH.INVALID_LINK') return data({ view: 'invalidLink' } as const, { status: 400 });
  const locale = requestLocale(request);
  const refused = { message: refusalMessage(locale, refusal), fieldErrors: fieldReasons(locale, refusal) };
  return data({ view: 'refused', ...refused } as const, { status: statusOf(refusal) });
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { csrfToken, token } = loaderData;
  if (actionData?.view === 'changed') {
    return (
      <main id="main-content" className="grid-container workspace-page">
        <h1>{t('resetPassword.heading')}</h1>
        <Notice type="success">{t('resetPassword.done')}</Notice>
        <p>
          <a className="usa-button" href={href('/login')}>
            {t('account.logInLink')}
          </a>
        </p>
      </main>
    );
  }
  if (!token || actionData?.view === 'invalidLink') {
    return (
      <main id="main-content" className="grid-container workspace-page">
        <h1>{t('resetPassword.heading')}</h1>
        <Notice type="warning">{t(token ? 'account.invalidLink' : 'resetPassword.noToken')}</Notice>
        <p>
          <a className="usa-button" href={href('/forgot-password')}>
            {t('resetPassword.askAgain')}
          </a>
        </p>
      </main>
    );
  }
  const refused = actionData?.view === 'refused' ? actionData : undefined;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('resetPassword.heading')}</h1>
      <p className="usa-intro">{t('resetPassword.lead')}</p>
      <PostForm
        name="reset"
        csrfToken={csrfToken}
        action={href('/reset-password', new URLSearchParams({ token }))}
        className="usa-form"
      >
        <FormAlert form="reset" message={refused && `${t('resetPassword.refused')} ${refused.message}`} />
        <TextField
          name="newPassword"
          type="password"
          label={t('resetPassword.newPassword')}
          hint={t('account.passwordHint')}
          value=""
          autoComplete="new-password"
          error={refused?.fieldErrors.newPassword}
          required
        />
        <button className="usa-button" type="submit">
          {t('resetPassword.submit')}
        </button>
      </PostForm>
    </main>
  );
}
