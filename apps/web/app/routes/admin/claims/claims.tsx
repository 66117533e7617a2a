import { data, redirect } from 'react-router';
import { ConfirmStep, Notice, postedStep } from '../../../admin/confirm-step';
import { Pager, pagesOf } from '../../../admin/pager';
import { RegistryPanel } from '../../../admin/registry/registry-panel';
import { licenseName } from '../../../admin/reverification/due-reason-list';
import {
  ApproveClaimDocument,
  ClaimsForReviewDocument,
  type ClaimsForReviewQuery,
  RejectClaimDocument,
} from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { RouteErrorPage } from '../../../components/error-pages';
import { TextArea } from '../../../components/form-fields';
import { useLocale } from '../../../components/locale';
import { FormAlert, PostForm } from '../../../components/post-form';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { readForm } from '../../../workspace/form-data';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/claims';

type Claim = ClaimsForReviewQuery['claimsForReview']['nodes'][number];
type Decision = 'approve' | 'reject';

const PAGE_SIZE = 10;

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const url = new URL(request.url);
  const after = url.searchParams.get('after');
  const { claimsForReview, registryDataDate } = await new WorkspaceApi(context.api, request).read(
    ClaimsForReviewDocument,
    {
      first: PAGE_SIZE,
      after,
    },
  );
  const decided = url.searchParams.get('decided');
  const decision: Decision | null = decided === 'approve' || decided === 'reject' ? decided : null;
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminClaims'),
    csrfToken: context.csrfToken(),
    claims: claimsForReview.nodes,
    registryDataDate: registryDataDate ?? null,
    pages: pagesOf({}, after, claimsForReview.pageInfo),
    decided: decision,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAdmin(context);
  const { t, href } = requestLocale(request);
  const form = await readForm(request);
  const decision: Decision = form.text('decision') === 'reject' ? 'reject' : 'approve';
  const posted = {
    claimId: form.text('claimId'),
    decision,
    text: form.text('text').trim(),
  };
  const step = postedStep(form.text('step'));
  if (step === 'edit') return { ...posted, step };
  if (posted.decision === 'reject' && !posted.text) {
    return data({ ...posted, step: 'edit' as const, error: t('claims.reasonRequired') }, { status: 400 });
  }
  if (step === 'review') return { ...posted, step: 'confirm' as const };

  const api = new WorkspaceApi(context.api, request);
  const outcome =
    posted.decision === 'approve'
      ? await api.run(ApproveClaimDocument, { id: posted.claimId, note: posted.text || null })
      : await api.run(RejectClaimDocument, { id: posted.claimId, reason: posted.text });
  if (outcome.ok) throw redirect(href('/admin/claims', new URLSearchParams({ decided: posted.decision })));
  const { refusal } = outcome;
  if (refusal.code === 'CONFLICT' || refusal.code === 'NOT_FOUND') {
    return data({ ...posted, step: 'edit' as const, gone: true, error: t('claims.gone') }, { status: 409 });
  }
  const error = `${t('claims.refused')} ${refusal.fieldErrors.reason ?? refusal.fieldErrors.note ?? refusal.message}`;
  return data({ ...posted, step: 'edit' as const, error }, { status: 400 });
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

interface Posted {
  claimId: string;
  decision: Decision;
  text: string;
  step: 'edit' | 'confirm';
  error?: string;
  gone?: boolean;
}

export default function Claims({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useLocale();
  const { claims, pages, decided } = loaderData;
  const posted = actionData as Posted | undefined;
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('claims.heading')}</h1>
      <p className="usa-intro">{t('claims.lead')}</p>
      <Notice kind="success" message={decided ? t(`claims.decided.${decided}`) : undefined} />
      <Notice kind="warning" message={posted?.gone ? posted.error : undefined} />
      {claims.length === 0 ? (
        <p>{t('claims.empty')}</p>
      ) : (
        claims.map((claim) => (
          <ClaimReview
            key={claim.id}
            claim={claim}
            registryDataDate={loaderData.registryDataDate}
            csrfToken={loaderData.csrfToken}
            posted={posted?.claimId === claim.id && !posted.gone ? posted : undefined}
          />
        ))
      )}
      <Pager path="/admin/claims" {...pages} />
    </main>
  );
}

function ClaimReview({
  claim,
  registryDataDate,
  csrfToken,
  posted,
}: {
  claim: Claim;
  registryDataDate: string | null;
  csrfToken: string;
  posted: Posted | undefined;
}) {
  const { t, href, date } = useLocale();
  const headingId = `claim-${claim.id}`;
  return (
    <section className="claim-review" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('claims.claimHeading', { name: claim.listing.name, npi: claim.listing.npi })}</h2>
      <ul className="usa-list usa-list--unstyled claim-review__facts">
        <li>{t('claims.listing', { status: t(`reverify.status.${claim.listing.status}`) })}</li>
        <li>
          {t('claims.claimant', { name: claim.claimant.displayName, email: claim.claimant.email })}{' '}
          {t(claim.claimant.emailVerified ? 'claims.emailConfirmed' : 'claims.emailNotConfirmed')}
        </li>
        <li>{t('claims.dates', { created: date(claim.createdAt), expires: date(claim.expiresAt) })}</li>
        <li>
          <a href={href(`/admin/listings/${claim.listing.id}`)}>
            {t('reverify.fullReview', { name: claim.listing.name })}
          </a>
        </li>
      </ul>
      <LicenseComparison claim={claim} />
      <RegistryPanel
        record={claim.listing.registryRecord}
        nameMatch={claim.listing.registryNameMatch}
        dataDate={registryDataDate}
        headingId={`registry-${claim.id}`}
        headingLevel={3}
      />
      {posted?.step === 'confirm' ? (
        <PostForm name={`decide-${claim.id}`} csrfToken={csrfToken} action={href('/admin/claims')}>
          <ConfirmStep
            id={`confirm-${claim.id}`}
            heading={t(`claims.confirmHeading.${posted.decision}`)}
            hidden={{ claimId: claim.id, decision: posted.decision, text: posted.text }}
            confirmLabel={t(`claims.confirm.${posted.decision}`)}
            backLabel={t('claims.change')}
          >
            <p>{t(`claims.consequence.${posted.decision}`, { name: claim.claimant.displayName })}</p>
          </ConfirmStep>
        </PostForm>
      ) : (
        <div className="grid-row grid-gap-lg">
          {(['approve', 'reject'] as const).map((decision) => (
            <DecisionForm
              key={decision}
              claim={claim}
              decision={decision}
              csrfToken={csrfToken}
              posted={posted?.decision === decision ? posted : undefined}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function DecisionForm({
  claim,
  decision,
  csrfToken,
  posted,
}: {
  claim: Claim;
  decision: Decision;
  csrfToken: string;
  posted: Posted | undefined;
}) {
  const { t, href } = useLocale();
  const name = `${decision}-${claim.id}`;
  return (
    <div className="tablet:grid-col-6">
      <PostForm name={name} csrfToken={csrfToken} action={href('/admin/claims')} className="usa-form">
        <FormAlert form={name} message={posted?.error} />
        <input type="hidden" name="claimId" value={claim.id} />
        <input type="hidden" name="decision" value={decision} />
        <TextArea
          name="text"
          label={t(`claims.text.${decision}`, { name: claim.claimant.displayName })}
          hint={t(`claims.textHint.${decision}`)}
          value={posted?.text ?? ''}
          error={posted?.error}
          maxLength={2000}
        />
        <button
          type="submit"
          name="step"
          value="review"
          className={`usa-button${decision === 'reject' ? ' usa-button--secondary' : ''}`}
        >
          {t(`claims.submit.${decision}`, { name: claim.claimant.displayName })}
        </button>
      </PostForm>
    </div>
  );
}

/** One side of the comparison: each license by name, and what is known about it. */
function LicenseTable({
  caption,
  detailHeading,
  rows,
}: {
  caption: string;
  detailHeading: string;
  rows: Array<{ name: string; detail: string }>;
}) {
  const { t } = useLocale();
  return (
    <div className="tablet:grid-col-6">
      <table className="usa-table usa-table--borderless claim-licenses">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('claims.column.license')}</th>
            <th scope="col">{detailHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The claimant's licenses beside the listing's: which match one on file, and what is on file. */
function LicenseComparison({ claim }: { claim: Claim }) {
  const { t, date } = useLocale();
  const onFile = new Set(claim.listing.licenses.map(licenseName));
  return (
    <div className="grid-row grid-gap-lg">
      <LicenseTable
        caption={t('claims.claimantLicenses')}
        detailHeading={t('claims.column.match')}
        rows={claim.licenses.map((license) => ({
          name: licenseName(license),
          detail: t(onFile.has(licenseName(license)) ? 'claims.matches' : 'claims.noMatch'),
        }))}
      />
      <LicenseTable
        caption={t('claims.listingLicenses')}
        detailHeading={t('claims.column.onFile')}
        rows={claim.listing.licenses.map((license) => ({
          name: licenseName(license),
          detail: license.expiresOn
            ? t('claims.onFile', {
                expires: date(license.expiresOn),
                verification: t(`reverify.verification.${license.verification}`),
              })
            : t('claims.onFileUndated', { verification: t(`reverify.verification.${license.verification}`) }),
        }))}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
