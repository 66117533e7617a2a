import { data, redirect } from 'react-router';
import { ConfirmStep, Notice, postedStep } from '../../../admin/confirm-step';
import { dueReasons, flagsByListing } from '../../../admin/reverification/due-reasons';
import { DueReasonList } from '../../../admin/reverification/due-reason-list';
import { LicenseChecks } from '../../../admin/reverification/license-checks';
import {
  blankValues,
  fieldErrorsOnForm,
  licenseField,
  problemsOf,
  readReverifyForm,
  toReverifyInput,
  type ReverifyValues,
} from '../../../admin/reverification/reverify-form';
import { ListingToReverifyDocument, ReverifyListingDocument } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { RouteErrorPage } from '../../../components/error-pages';
import { TextArea } from '../../../components/form-fields';
import { useLocale } from '../../../components/locale';
import { FormAlert, PostForm } from '../../../components/post-form';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { readForm } from '../../../workspace/form-data';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/reverify';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const today = () => new Date().toISOString().slice(0, 10);

function listingIdOf(params: Route.LoaderArgs['params']): string {
  if (!UUID.test(params.id)) throw new Response(null, { status: 404 });
  return params.id;
}

function readListing(context: Route.LoaderArgs['context'], request: Request, id: string) {
  return new WorkspaceApi(context.api, request).read(ListingToReverifyDocument, { id });
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const { listing, listingsFlaggedByReferrals } = await readListing(context, request, listingIdOf(params));
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminReverify'),
    csrfToken: context.csrfToken(),
    today: today(),
    listing,
    reasons: dueReasons(listing, flagsByListing(listingsFlaggedByReferrals).get(listing.id), today()),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  requireAdmin(context);
  const id = listingIdOf(params);
  const { t, href } = requestLocale(request);
  const { listing } = await readListing(context, request, id);
  const form = await readForm(request);
  const values = readReverifyForm(form, listing.licenses.length);
  const step = postedStep(form.text('step'));
  if (step === 'edit') return { step, values };
  const fieldErrors = problemsOf(values, today(), t);
  if (Object.keys(fieldErrors).length) {
    return data({ step: 'edit' as const, values, message: t('reverify.checkFields'), fieldErrors }, { status: 400 });
  }
  if (step === 'review') return { step: 'confirm' as const, values };

  const { input, checkedIndexes } = toReverifyInput(id, values, listing.licenses);
  const outcome = await new WorkspaceApi(context.api, request).run(ReverifyListingDocument, { input });
  if (outcome.ok) {
    const next = outcome.data.reverifyListing.reverifyOn ?? '';
    throw redirect(href('/admin/reverification', new URLSearchParams({ reverified: next })));
  }
  const { refusal } = outcome;
  if (refusal.code === 'NOT_FOUND') throw new Response(null, { status: 404 });
  if (refusal.code === 'CONFLICT') {
    // The page is drawn again from the listing as it is now: the entries made for the old version are dropped.
    return data({ step: 'edit' as const, conflict: true, message: t('reverify.conflict') }, { status: 409 });
  }
  return data(
    {
      step: 'edit' as const,
      values,
      message: `${t('reverify.refused')} ${refusal.message}`,
      fieldErrors: fieldErrorsOnForm(refusal.fieldErrors, checkedIndexes),
    },
    { status: 400 },
  );
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

type Posted = {
  step: 'edit' | 'confirm';
  values?: ReverifyValues;
  message?: string;
  fieldErrors?: Record<string, string>;
  conflict?: boolean;
};

export default function Reverify({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useLocale();
  const { listing, reasons, csrfToken } = loaderData;
  const posted = actionData as Posted | undefined;
  const values = posted?.values ?? blankValues(listing.version, listing.licenses.length, loaderData.today);
  const name = `${listing.firstName} ${listing.lastName}`;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <p>
        <a href={href('/admin/reverification')}>{t('reverify.back')}</a>
      </p>
      <h1>{t('reverify.pageHeading', { name })}</h1>
      <p>
        {t('reverify.npi', { npi: listing.npi })} ·{' '}
        <a href={href(`/admin/listings/${listing.id}`)}>{t('reverify.fullReview', { name })}</a>
      </p>
      <Notice kind="warning" message={posted?.conflict ? posted.message : undefined} />
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{t('reverify.whyHeading')}</h2>
        <DueReasonList reasons={reasons} reverifyOn={listing.reverifyOn} today={loaderData.today} />
      </section>
      {listing.status === 'APPROVED' ? (
        <PostForm
          name="reverify"
          csrfToken={csrfToken}
          action={href(`/admin/reverification/${listing.id}`)}
          className="usa-form usa-form--large reverify-form"
        >
          {posted?.step === 'confirm' ? (
            <ConfirmReverification values={values} />
          ) : (
            <>
              <FormAlert
                form="reverify"
                message={posted?.conflict ? undefined : posted?.message}
                fieldErrors={posted?.fieldErrors}
              />
              <input type="hidden" name="version" value={listing.version} />
              <h2>{t('reverify.licensesHeading')}</h2>
              <LicenseChecks licenses={listing.licenses} values={values} fieldErrors={posted?.fieldErrors ?? {}} />
              <TextArea name="reason" label={t('reverify.note')} hint={t('reverify.noteHint')} value={values.reason} />
              <button type="submit" name="step" value="review" className="usa-button">
                {t('reverify.continue')}
              </button>
            </>
          )}
        </PostForm>
      ) : (
        <Notice
          kind="warning"
          message={t('reverify.notApproved', { status: t(`reverify.status.${listing.status}`) })}
        />
      )}
    </main>
  );
}

function ConfirmReverification({ values }: { values: ReverifyValues }) {
  const { t } = useLocale();
  const hidden: Record<string, string> = { version: String(values.version), reason: values.reason };
  values.licenses.forEach((check, index) => {
    hidden[licenseField(index, 'result')] = check.result;
    hidden[licenseField(index, 'source')] = check.source;
    hidden[licenseField(index, 'verifiedOn')] = check.verifiedOn;
  });
  const checked = values.licenses.filter((check) => check.result === 'VERIFIED').length;
  return (
    <ConfirmStep
      id="reverify-confirm"
      heading={t('reverify.confirmHeading')}
      hidden={hidden}
      confirmLabel={t('reverify.confirm')}
      backLabel={t('reverify.change')}
    >
      <ul className="usa-list">
        <li>{t('reverify.confirmPublic')}</li>
        <li>{t('reverify.confirmLicenses', { count: checked })}</li>
        <li>{t('reverify.confirmNextDate')}</li>
        <li>{t('reverify.confirmFlags')}</li>
      </ul>
    </ConfirmStep>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
