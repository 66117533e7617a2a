import { data } from 'react-router';
import { ConfirmEmailDocument } from '../../api/graphql.generated';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { useLocale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { refusalMessage, statusOf } from '../../account/refusals';
import { Notice } from '../../account/notice';
import { ResendConfirmationForm } from '../../account/resend-confirmation-form';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import type { Route } from './+types/confirm-email';

/** The mailed link only opens this page: mail scanners follow links, so confirming takes the visitor's press. */
export function loader({ request, context }: Route.LoaderArgs) {
  return {
    title: workspaceTitle(requestLocale(request), 'title.confirmEmail'),
    csrfToken: context.csrfToken(),
    token: new URL(request.url).searchParams.get('token') ?? '',
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  // The form posts back to the link's own address, token included.
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const outcome = await new WorkspaceApi(context.api, request).run(ConfirmEmailDocument, { token });
  if (outcome.ok) return data({ view: 'confirmed', role: outcome.data.confirmEmail.role } as const);
  const { refusal } = outcome;
  if (refusal.reason === 'AUTH.INVALID_LINK') return data({ view: 'invalidLink' } as const, { status: 400 });
  const message = refusalMessage(requestLocale(request), refusal);
  return data({ view: 'refused', message } as const, { status: statusOf(refusal) });
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ConfirmEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { csrfToken, token } = loaderData;
  if (actionData?.view === 'confirmed') {
    return (
      <main id="main-content" className="grid-container workspace-page">
        <h1>{t('confirmEmail.heading')}</h1>
        <Notice type="success">{t('confirmEmail.confirmed')}</Notice>
        <p>{t(actionData.role === 'THERAPIST' ? 'confirmEmail.therapistNext' : 'confirmEmail.providerNext')}</p>
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
        <h1>{t('confirmEmail.heading')}</h1>
        <Notice type="warning">{t(token ? 'account.invalidLink' : 'confirmEmail.noToken')}</Notice>
        <h2>{t('resend.heading')}</h2>
        <ResendConfirmationForm csrfToken={csrfToken} />
      </main>
    );
  }
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('confirmEmail.heading')}</h1>
      <p className="usa-intro">{t('confirmEmail.lead')}</p>
      <PostForm
        name="confirm"
        csrfToken={csrfToken}
        action={href('/confirm-email', new URLSearchParams({ token }))}
        className="usa-form"
      >
        <FormAlert form="confirm" message={actionData?.message} />
        <button className="usa-button" type="submit">
          {t('confirmEmail.submit')}
        </button>
      </PostForm>
    </main>
  );
}
