import { data, redirect } from 'react-router';
import { RegistryPanel } from '../../../admin/registry/registry-panel';
import { ListingForReviewDocument } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { RouteErrorPage } from '../../../components/error-pages';
import { useLocale } from '../../../components/locale';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { readForm } from '../../../workspace/form-data';
import { requireAdmin } from '../../../workspace/guard.server';
import { decide, latestStepOf, licenseChecksOf } from './decide.server';
import { DecisionOutcomeBox, DecisionPanel } from './decision-forms';
import { awaitsReview, isDecision, REASONED_DECISIONS } from './decisions';
import { publicNameOf } from './listing-names';
import { AuditTrail, ChangesSection, EvidenceSections, PublicPreview } from './review-sections';
import type { Route } from './+types/review';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listingIdOf(params: Route.LoaderArgs['params']): string {
  if (!UUID.test(params.id)) throw new Response(null, { status: 404 });
  return params.id;
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const { listing, listingHistory, specialties, careAttributes, registryDataDate } = await new WorkspaceApi(
    context.api,
    request,
  ).read(ListingForReviewDocument, { id: listingIdOf(params) });
  const done = new URL(request.url).searchParams.get('done');
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminListing'),
    csrfToken: context.csrfToken(),
    listing,
    history: listingHistory,
    registryDataDate: registryDataDate ?? null,
    specialtyNames: Object.fromEntries(specialties.map((s) => [s.code, s.name])),
    careAttributeNames: Object.fromEntries(careAttributes.map((a) => [a.slug, a.name])),
    done: done && isDecision(done) ? done : null,
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  requireAdmin(context);
  const id = listingIdOf(params);
  const form = await readForm(request);
  const decision = form.text('decision');
  if (!isDecision(decision)) throw new Response(null, { status: 400 });
  const pending = {
    decision,
    version: Number(form.text('version')),
    reason: form.text('reason').trim(),
    licenses: licenseChecksOf(form),
  };
  if (REASONED_DECISIONS.includes(decision) && !pending.reason) {
    return data({ pending, confirming: false, reasonMissing: true }, { status: 400 });
  }
  if (form.text('confirm') !== 'yes') return { pending, confirming: true };

  const api = new WorkspaceApi(context.api, request);
  const outcome = await decide(api, decision, { id, version: pending.version, reason: pending.reason || null }, form);
  if (outcome.ok)
    throw redirect(requestLocale(request).href(`/admin/listings/${id}`, new URLSearchParams({ done: decision })));
  const { refusal } = outcome;
  if (refusal.code === 'NOT_FOUND') throw new Response(null, { status: 404 });
  if (refusal.code === 'CONFLICT') {
    const step = await latestStepOf(api, id);
    return data({ conflict: step && { actor: step.actorName, action: step.action } }, { status: 409 });
  }
  return data(
    { pending, confirming: false, message: refusal.message, fieldErrors: refusal.fieldErrors },
    { status: 400 },
  );
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function ListingReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, date } = useLocale();
  const { listing, done } = loaderData;
  const since = listing.openRevision?.statusChangedAt ?? listing.statusChangedAt;
  return (
    <main id="main-content" className="grid-container workspace-page admin-review">
      <p>
        <a href={href('/admin/listings')}>{t('adminReview.back')}</a>
      </p>
      <h1>{t('adminReview.heading', { name: publicNameOf(listing) })}</h1>
      {done && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('adminReview.done', { decision: t(`adminAction.${done}`) })}</p>
          </div>
        </div>
      )}
      <p>
        {t(listing.openRevision ? 'adminReview.revisionLine' : 'adminReview.statusLine', {
          status: t(`listingStatus.${listing.status}`),
          reviewStatus: t(`listingStatus.${listing.reviewStatus}`),
          date: date(since),
        })}{' '}
        {awaitsReview(listing.reviewStatus) &&
          t(listing.openRevision ? 'adminReview.kind.revision' : 'adminReview.kind.new')}
      </p>
      <DecisionOutcomeBox review={loaderData} outcome={actionData} />
      <ChangesSection review={loaderData} />
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-5">
          <PublicPreview review={loaderData} />
        </div>
        <div className="desktop:grid-col-7">
          <RegistryPanel
            record={listing.registryRecord}
            nameMatch={listing.registryNameMatch}
            dataDate={loaderData.registryDataDate}
            headingId="registry-heading"
          />
          <EvidenceSections review={loaderData} />
          <DecisionPanel review={loaderData} outcome={actionData} />
        </div>
      </div>
      <AuditTrail history={loaderData.history} />
    </main>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
