import { data } from 'react-router';
import { RequestPasswordResetDocument } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { TextField } from '../../components/form-fields';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { fieldReasons, refusalMessage, statusOf } from '../../account/refusals';
import { Notice } from '../../account/notice';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm } from '../../workspace/form-data';
import type { Route } from './+types/forgot-password';

export function loader({ request, context }: Route.LoaderArgs) {
  return {
    title: workspaceTitle(requestLocale(request), 'title.forgotPassword'),
    csrfToken: context.csrfToken(),
    linkValidMinutes: context.accountLinks.passwordResetMinutes,
  };
}

/** The API answers the same whether or not the address has an account, and so does this page. */
export async function action({ request, context }: Route.ActionArgs) {
  const email = (await readForm(request)).text('email').trim();
  const outcome = await new WorkspaceApi(context.api, request).run(RequestPasswordResetDocument, { email });
  if (outcome.ok) return data({ sentTo: email } as const);
  const locale = requestLocale(request);
  const { refusal } = outcome;
  return data(
    { email, message: refusalMessage(locale, refusal), fieldErrors: fieldReasons(locale, refusal) },
    { status: statusOf(refusal) },
  );
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { csrfToken, linkValidMinutes } = loaderData;
  const refused = actionData && 'message' in actionData ? actionData : undefined;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('forgotPassword.heading')}</h1>
      {actionData && 'sentTo' in actionData ? (
        <Notice type="success">
          {t('forgotPassword.sent', { email: actionData.sentTo, minutes: linkValidMinutes })}
        </Notice>
      ) : (
        <>
          <p className="usa-intro">{t('forgotPassword.lead')}</p>
          <PostForm name="forgot" csrfToken={csrfToken} action={href('/forgot-password')} className="usa-form">
            <FormAlert form="forgot" message={refused && `${t('forgotPassword.refused')} ${refused.message}`} />
            <TextField
              name="email"
              type="email"
              label={t('forgotPassword.email')}
              value={refused?.email ?? ''}
              autoComplete="email"
              error={refused?.fieldErrors.email}
              required
            />
            <button className="usa-button" type="submit">
              {t('forgotPassword.submit')}
            </button>
          </PostForm>
        </>
      )}
      <p>
        <a href={href('/login')}>{t('forgotPassword.backToLogIn')}</a>
      </p>
    </main>
  );
}
