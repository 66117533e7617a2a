import { data, redirect } from 'react-router';
import {
  CancelReferralDocument,
  RecordReferralOutcomeDocument,
  SentReferralDocument,
} from '../../api/graphql.generated';
import { displayLanguageOf } from '../../api/directory-api.server';
import { WorkspaceApi, type ApiOutcome, type ApiRefusal } from '../../api/workspace-api.server';
import { RouteErrorPage } from '../../components/error-pages';
import { useLocale } from '../../components/locale';
import type { Translate } from '../../i18n/i18n';
import { CancelForm, OutcomeForm } from '../../referrals/referral-actions';
import { ReferralSentDetails, ReferralStatusSummary, ReferralTimeline } from '../../referrals/referral-details';
import { idOrNotFound } from '../../referrals/referral-id';
import { CANCEL_REASONS, canCancel, canRecordOutcome, oneOf, OUTCOMES } from '../../referrals/referral-vocabulary';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm, type PostedForm } from '../../workspace/form-data';
import { requireAccount } from '../../workspace/guard.server';
import type { Route } from './+types/referral';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const account = requireAccount(request, context, 'THERAPIST', 'PROVIDER');
  const locale = requestLocale(request);
  // The referral mails link both sides here: the provider answers it from their inbox.
  if (account.role === 'PROVIDER') throw redirect(locale.href(`/inbox/${encodeURIComponent(params.id)}`));
  const id = idOrNotFound(params.id);
  const { referral, careAttributes, usStates } = await new WorkspaceApi(context.api, request).read(
    SentReferralDocument,
    { id, language: displayLanguageOf(locale.lang) },
  );
  const attributeNames = new Map(careAttributes.map((attribute) => [attribute.slug, attribute.name]));
  return {
    title: workspaceTitle(locale, 'title.referral'),
    csrfToken: context.csrfToken(),
    referral,
    accommodationNames: referral.accommodations.map((slug) => attributeNames.get(slug) ?? slug),
    stateName: usStates.find((state) => state.code === referral.clientState)?.name ?? referral.clientState,
  };
}

type Intent = 'cancel' | 'outcome';

export async function action({ request, params, context }: Route.ActionArgs) {
  requireAccount(request, context, 'THERAPIST');
  const id = idOrNotFound(params.id);
  const { t, href } = requestLocale(request);
  const form = await readForm(request);
  const intent = form.text('intent');
  if (intent !== 'cancel' && intent !== 'outcome') throw new Response(null, { status: 400 });
  const values = { reason: form.text('reason'), outcome: form.text('outcome'), note: form.text('note') };
  const outcome = await perform(new WorkspaceApi(context.api, request), id, intent, form);
  if (outcome === 'unchosen') {
    const field = intent === 'cancel' ? 'reason' : 'outcome';
    return data({ intent, values, message: undefined, fieldErrors: { [field]: t('referralField.choose') } }, 400);
  }
  if (outcome.ok) throw redirect(href(`/referrals/${id}`));
  if (outcome.refusal.code === 'NOT_FOUND') throw new Response(null, { status: 404 });
  return data(
    { intent, values, ...explain(outcome.refusal, t) },
    { status: outcome.refusal.code === 'CONFLICT' ? 409 : 400 },
  );
}

async function perform(
  api: WorkspaceApi,
  id: string,
  intent: Intent,
  form: PostedForm,
): Promise<ApiOutcome<unknown> | 'unchosen'> {
  if (intent === 'cancel') {
    const reason = oneOf(CANCEL_REASONS, form.text('reason'));
    return reason ? api.run(CancelReferralDocument, { id, reason }) : 'unchosen';
  }
  const outcome = oneOf(OUTCOMES, form.text('outcome'));
  const note = form.text('note').trim() ? form.text('note') : null;
  return outcome ? api.run(RecordReferralOutcomeDocument, { id, outcome, note }) : 'unchosen';
}

/** A change refused because the referral moved on meanwhile is shown with where it stands now (the page reloads). */
function explain(refusal: ApiRefusal, t: Translate): { message: string; fieldErrors: Record<string, string> } {
  if (refusal.reason === 'REFERRALS.OUTCOME_ALREADY_RECORDED') {
    return { message: t('referralRefusal.outcomeRecorded'), fieldErrors: {} };
  }
  if (refusal.code === 'CONFLICT') return { message: t('referralRefusal.conflict'), fieldErrors: {} };
  const fieldErrors: Record<string, string> = {};
  if (refusal.fieldErrors.note) fieldErrors.note = t('referralField.outcomeNote');
  return { message: refusal.message, fieldErrors };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ReferralPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { referral, csrfToken, accommodationNames, stateName } = loaderData;
  const formState = (intent: Intent) => ({
    action: href(`/referrals/${referral.id}`),
    csrfToken,
    values: actionData?.intent === intent ? actionData.values : {},
    fieldErrors: actionData?.intent === intent ? actionData.fieldErrors : {},
  });
  return (
    <main id="main-content" className="grid-container workspace-page">
      <p>
        <a href={href('/referrals')}>{t('referral.back')}</a>
      </p>
      <h1>{t('referral.heading', { name: referral.listing.name })}</h1>
      {actionData?.message && (
        <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{actionData.message}</p>
          </div>
        </div>
      )}
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-7">
          <ReferralStatusSummary referral={referral} />
          <ReferralTimeline events={referral.events} />
          {canRecordOutcome(referral) && <OutcomeForm {...formState('outcome')} />}
          {canCancel(referral.status) && <CancelForm {...formState('cancel')} />}
        </div>
        <div className="desktop:grid-col-5">
          <ReferralSentDetails referral={referral} accommodationNames={accommodationNames} stateName={stateName} />
        </div>
      </div>
    </main>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
