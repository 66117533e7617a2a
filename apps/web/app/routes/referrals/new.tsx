import { data, redirect } from 'react-router';
import { CreateReferralDocument, ReferralFormDataDocument } from '../../api/graphql.generated';
import { DirectoryApi, displayLanguageOf } from '../../api/directory-api.server';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { useLocale } from '../../components/locale';
import { RouteErrorPage } from '../../components/error-pages';
import { ProviderSummary } from '../../referrals/provider-summary';
import { ReferralForm } from '../../referrals/referral-form';
import { idOrNotFound } from '../../referrals/referral-id';
import {
  blankReferralForm,
  explainRefusal,
  readReferralForm,
  referralInput,
  translateFieldErrors,
} from '../../referrals/referral-request.server';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm } from '../../workspace/form-data';
import { requireAccount } from '../../workspace/guard.server';
import type { Route } from './+types/new';

function providerIdOf(request: Request): string {
  return idOrNotFound(new URL(request.url).searchParams.get('provider'));
}

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAccount(request, context, 'THERAPIST');
  const locale = requestLocale(request);
  const { provider, careAttributes, usStates } = await new WorkspaceApi(context.api, request).read(
    ReferralFormDataDocument,
    { providerId: providerIdOf(request), language: displayLanguageOf(locale.lang) },
  );
  return {
    title: workspaceTitle(locale, 'title.newReferral'),
    csrfToken: context.csrfToken(),
    provider,
    careAttributes,
    usStates,
    // One key per form shown: a double click or a retry of the same form sends the same key, and gets the same
    // referral back instead of a second one.
    blank: blankReferralForm(crypto.randomUUID().replaceAll('-', ''), new Date().toISOString().slice(0, 10)),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAccount(request, context, 'THERAPIST');
  const providerId = providerIdOf(request);
  const { t, href } = requestLocale(request);
  const values = readReferralForm(await readForm(request));
  const { usStates } = await new DirectoryApi(context.api).vocabularies(requestLocale(request).lang);
  const prepared = referralInput(
    values,
    providerId,
    usStates.map((state) => state.code),
    new Date(),
  );
  if (!prepared.ok) {
    const message = `${t('newReferral.refused')} ${t('newReferral.checkFields')}`;
    return data({ values, message, fieldErrors: translateFieldErrors(prepared.fieldErrors, t) }, { status: 400 });
  }
  const outcome = await new WorkspaceApi(context.api, request).run(CreateReferralDocument, { input: prepared.input });
  if (outcome.ok) throw redirect(href(`/referrals/${outcome.data.createReferral.id}`));
  const { refusal } = outcome;
  const stateName = usStates.find((state) => state.code === values.clientState)?.name ?? values.clientState;
  const explained = explainRefusal(refusal, t, { modality: values.modality, stateName });
  // A key already used for another referral is dropped: the form shown again carries a fresh one.
  const kept = refusal.reason === 'REFERRALS.IDEMPOTENCY_KEY_REUSED' ? { ...values, idempotencyKey: '' } : values;
  const status = refusal.code === 'RATE_LIMITED' ? 429 : refusal.code === 'CONFLICT' ? 409 : 400;
  return data({ values: kept, ...explained }, { status });
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function NewReferral({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { provider, careAttributes, usStates, csrfToken, blank } = loaderData;
  const values = actionData
    ? { ...actionData.values, idempotencyKey: actionData.values.idempotencyKey || blank.idempotencyKey }
    : blank;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('newReferral.heading')}</h1>
      <ProviderSummary provider={provider} usStates={usStates} />
      <div className="usa-alert usa-alert--info usa-alert--slim">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('newReferral.disclosureHeading')}</h2>
          <p className="usa-alert__text">{t('newReferral.disclosureText')}</p>
        </div>
      </div>
      <ReferralForm
        action={href('/referrals/new', new URLSearchParams({ provider: provider.id }))}
        csrfToken={csrfToken}
        values={values}
        message={actionData?.message}
        fieldErrors={actionData?.fieldErrors ?? {}}
        careAttributes={careAttributes}
        usStates={usStates}
      />
    </main>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage provider />;
}
