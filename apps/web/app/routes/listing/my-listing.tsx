import { data, redirect } from 'react-router';
import {
  ClaimListingDocument,
  MyListingPageDocument,
  SaveMyListingDocument,
  SubmitMyListingDocument,
  WithdrawClaimDocument,
  WithdrawMyListingDocument,
} from '../../api/graphql.generated';
import { displayLanguageOf } from '../../api/directory-api.server';
import { WorkspaceApi, type ApiRefusal } from '../../api/workspace-api.server';
import { useLocale } from '../../components/locale';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm, type PostedForm } from '../../workspace/form-data';
import { requireAccount } from '../../workspace/guard.server';
import type { Route } from './+types/my-listing';
import { ClaimSection } from './claim-section';
import {
  claimDraftOfForm,
  claimLicensesOf,
  draftOfForm,
  draftOfListing,
  EMPTY_DRAFT,
  formFieldErrors,
  missingStates,
  saveInputOf,
} from './listing-draft';
import { ListingForm } from './listing-form';
import { ListingStatusPanel } from './listing-status';

const DONE = ['saved', 'submitted', 'withdrawn', 'claimed', 'claimWithdrawn'] as const;
type Done = (typeof DONE)[number];

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAccount(request, context, 'PROVIDER');
  const locale = requestLocale(request);
  const page = await new WorkspaceApi(context.api, request).read(MyListingPageDocument, {
    language: displayLanguageOf(locale.lang),
  });
  const done = new URL(request.url).searchParams.get('done');
  return {
    ...page,
    title: workspaceTitle(locale, 'title.myListing'),
    csrfToken: context.csrfToken(),
    done: DONE.find((step) => step === done) ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAccount(request, context, 'PROVIDER');
  const form = await readForm(request);
  const api = new WorkspaceApi(context.api, request);
  switch (form.text('intent')) {
    case 'save':
      return save(request, api, form);
    case 'submit':
      return step(request, await api.run(SubmitMyListingDocument), 'submitted');
    case 'withdraw':
      return step(request, await api.run(WithdrawMyListingDocument), 'withdrawn');
    case 'claim':
      return claim(request, api, form);
    case 'withdrawClaim':
      return step(request, await api.run(WithdrawClaimDocument, { id: form.text('claimId') }), 'claimWithdrawn');
    default:
      throw new Response(null, { status: 400 });
  }
}

async function save(request: Request, api: WorkspaceApi, form: PostedForm) {
  const draft = draftOfForm(form);
  const unnamedStates = missingStates(draft.licenses);
  if (unnamedStates.length) return refused('listing', { draft }, localRefusal(request, unnamedStates));
  const outcome = await api.run(SaveMyListingDocument, {
    input: saveInputOf(draft, form.text('attestationVersion')),
  });
  return outcome.ok ? done(request, 'saved') : refused('listing', { draft }, outcome.refusal);
}

async function claim(request: Request, api: WorkspaceApi, form: PostedForm) {
  const claimDraft = claimDraftOfForm(form);
  const unnamedStates = missingStates(claimDraft.licenses);
  if (unnamedStates.length) return refused('claim', { claimDraft }, localRefusal(request, unnamedStates));
  const outcome = await api.run(ClaimListingDocument, {
    npi: claimDraft.npi,
    licenses: claimLicensesOf(claimDraft),
  });
  return outcome.ok ? done(request, 'claimed') : refused('claim', { claimDraft }, outcome.refusal);
}

function step(request: Request, outcome: { ok: true } | { ok: false; refusal: ApiRefusal }, success: Done) {
  return outcome.ok ? done(request, success) : refused('status', {}, outcome.refusal);
}

/** Back to the page (keeping the chosen language), saying what was done: a reload then posts nothing again. */
function done(request: Request, step: Done): never {
  const query = new URLSearchParams({ done: step });
  const lang = new URL(request.url).searchParams.get('lang');
  if (lang) query.set('lang', lang);
  // Its own fragment, or the form's (kept across a redirect) would scroll the page past what was done.
  throw redirect(`/my-listing?${query.toString()}#main-content`);
}

const STATUS_OF: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409 };

function refused<F extends 'listing' | 'claim' | 'status', T extends object>(form: F, values: T, refusal: ApiRefusal) {
  const fieldErrors = formFieldErrors(refusal.fieldErrors);
  return data(
    { form, ...values, reason: refusal.reason ?? null, message: refusal.message, fieldErrors },
    { status: STATUS_OF[refusal.code] ?? 400 },
  );
}

/** A license row without its state, refused here: the API would refuse the whole request without naming the row. */
function localRefusal(request: Request, fields: string[]): ApiRefusal {
  const reason = requestLocale(request).t('listingRefusal.chooseState');
  return {
    code: 'BAD_USER_INPUT',
    reason: undefined,
    message: '',
    fieldErrors: Object.fromEntries(fields.map((field) => [field, reason])),
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function MyListing({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useLocale();
  const { myListing, myClaims, csrfToken, done: doneStep } = loaderData;
  const hasOpenClaim = myClaims.some((claim) => claim.status === 'OPEN');
  const listingRefusal = actionData?.form === 'listing' ? actionData : undefined;
  const draft = listingRefusal?.draft ?? (myListing ? draftOfListing(myListing) : EMPTY_DRAFT);
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('myListing.heading')}</h1>
      <p className="usa-intro">{t('myListing.lead')}</p>
      {doneStep && !actionData && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t(`listingDone.${doneStep}`)}</p>
          </div>
        </div>
      )}
      <ListingStatusPanel
        listing={myListing}
        hasOpenClaim={hasOpenClaim}
        csrfToken={csrfToken}
        refusal={actionData?.form === 'status' ? actionData : undefined}
      />
      {!myListing && (
        <ClaimSection
          claims={myClaims}
          usStates={loaderData.usStates}
          csrfToken={csrfToken}
          refusal={actionData?.form === 'claim' ? actionData : undefined}
        />
      )}
      {(myListing || !hasOpenClaim) && (
        <ListingForm page={loaderData} draft={draft} csrfToken={csrfToken} refusal={listingRefusal} />
      )}
    </main>
  );
}
