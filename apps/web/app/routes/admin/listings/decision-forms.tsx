import { SelectField, TextArea, TextField } from '../../../components/form-fields';
import { useLocale } from '../../../components/locale';
import { PostForm } from '../../../components/post-form';
import type { LicenseCheckEntry } from './decide.server';
import { decisionsFor, REASONED_DECISIONS, type Decision } from './decisions';
import { actionDoneText, licenseLine, type ReviewData } from './review-sections';
import type { Route } from './+types/review';

type Outcome = Route.ComponentProps['actionData'];
type Pending = { decision: Decision; version: number; reason: string; licenses: LicenseCheckEntry[] };

/** After a first post: the confirmation of the decision chosen, or why the decision was not recorded. */
export function DecisionOutcomeBox({ review, outcome }: { review: ReviewData; outcome: Outcome }) {
  if (outcome && 'conflict' in outcome) return <ConflictAlert conflict={outcome.conflict} />;
  if (outcome && 'confirming' in outcome && outcome.confirming) {
    return <Confirmation review={review} pending={outcome.pending} />;
  }
  if (outcome && 'pending' in outcome) return <RefusalAlert refused={outcome} />;
  return null;
}

// The rules approval names, by the API's field, as this page names them.
const PROBLEM_LABELS = {
  npi: 'adminReview.npiHeading',
  licenseVerifications: 'adminReview.licensesHeading',
  attestation: 'adminReview.attestationHeading',
  specialties: 'adminReview.field.specialties',
  careAttributes: 'adminReview.field.careAttributes',
  careAttributeEvidence: 'adminReview.field.careAttributes',
  reason: 'adminReview.reason',
} as const;

/** Why the decision was not recorded: the API's message and each rule it names. */
function RefusalAlert({ refused }: { refused: RefusedOutcome }) {
  const { t } = useLocale();
  const problems = Object.entries(refused.fieldErrors ?? {});
  const label = (field: string) =>
    field in PROBLEM_LABELS ? t(PROBLEM_LABELS[field as keyof typeof PROBLEM_LABELS]) : field;
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {t('adminReview.refused')} {refused.reasonMissing ? t('adminReview.reasonRequired') : refused.message}
        </p>
        {problems.length > 0 && (
          <ul className="usa-list">
            {problems.map(([field, reason]) => (
              <li key={field}>
                {label(field)}: {reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The decisions the listing's status allows, each its own form (unless one waits for confirmation). */
export function DecisionPanel({ review, outcome }: { review: ReviewData; outcome: Outcome }) {
  const { t } = useLocale();
  if (outcome && 'confirming' in outcome && outcome.confirming) return null;
  const refused = outcome && 'pending' in outcome ? (outcome as RefusedOutcome) : undefined;
  const decisions = decisionsFor(review.listing);
  return (
    <section className="admin-decisions" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('adminReview.decisionsHeading')}</h2>
      {decisions.length === 0 && <p>{t('adminReview.noDecision')}</p>}
      {decisions.map((decision) => (
        <DecisionForm
          key={decision}
          review={review}
          decision={decision}
          refused={refused?.pending.decision === decision ? refused : undefined}
        />
      ))}
    </section>
  );
}

interface RefusedOutcome {
  pending: Pending;
  reasonMissing?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
}

function ConflictAlert({ conflict }: { conflict: { actor: string | null; action: string } | null }) {
  const locale = useLocale();
  const { t } = locale;
  const text = conflict
    ? t('adminReview.conflict', {
        actor: conflict.actor ?? t('adminReview.someone'),
        action: actionDoneText(conflict.action, locale),
      })
    : t('adminReview.conflictUnknown');
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{text}</p>
      </div>
    </div>
  );
}

function DecisionForm({
  review,
  decision,
  refused,
}: {
  review: ReviewData;
  decision: Decision;
  refused?: RefusedOutcome;
}) {
  const { t, href } = useLocale();
  const reasoned = REASONED_DECISIONS.includes(decision);
  const form = `decide-${decision}`;
  return (
    <PostForm
      name={form}
      csrfToken={review.csrfToken}
      action={href(`/admin/listings/${review.listing.id}`)}
      className="usa-form admin-decision"
    >
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="version" value={review.listing.version} />
      {decision === 'APPROVE' && <LicenseChecks review={review} entries={refused?.pending.licenses} />}
      {decision !== 'START_REVIEW' && (
        <TextArea
          name="reason"
          label={reasoned ? t('adminReview.reason') : t('adminReview.reasonOptional')}
          hint={reasoned ? t(`adminReview.reasonHint.${decision as 'REJECT'}`) : undefined}
          error={refused?.reasonMissing ? t('adminReview.reasonRequired') : undefined}
          value={refused?.pending.reason ?? ''}
          maxLength={2000}
          required={reasoned}
        />
      )}
      <button
        className={`usa-button${decision === 'APPROVE' || decision === 'START_REVIEW' ? '' : ' usa-button--outline'}`}
        type="submit"
      >
        {t(`adminAction.${decision}`)}
      </button>
    </PostForm>
  );
}

/** A place to record each license's check: where, when, and what was found. */
function LicenseChecks({ review, entries }: { review: ReviewData; entries?: LicenseCheckEntry[] }) {
  const locale = useLocale();
  const { t } = locale;
  const { listing } = review;
  const licenses = listing.openRevision?.changes.licenses ?? listing.licenses;
  return (
    <>
      {licenses.map((license, index) => {
        const key = `${license.state}|${license.licenseType}|${license.number}`;
        const entered = entries?.find((entry) => entry.key === key);
        return (
          <fieldset className="usa-fieldset admin-license-check" key={key}>
            <legend className="usa-legend">{licenseLine(license, locale)}</legend>
            <input type="hidden" name="license" value={key} />
            <SelectField
              name={`license.${index}.result`}
              label={t('adminReview.licenseResult')}
              value={entered?.result ?? 'NOT_CHECKED'}
              options={(['NOT_CHECKED', 'VERIFIED'] as const).map((result) => ({
                value: result,
                label: t(`adminReview.result.${result}`),
              }))}
            />
            <TextField
              name={`license.${index}.source`}
              label={t('adminReview.licenseSource')}
              hint={t('adminReview.licenseSourceHint')}
              value={entered?.source ?? ''}
              maxLength={200}
            />
            <TextField
              name={`license.${index}.verifiedOn`}
              type="date"
              todayIsLocal
              label={t('adminReview.licenseDate')}
              value={entered?.verifiedOn ?? review.today}
            />
          </fieldset>
        );
      })}
    </>
  );
}

/** What the public will see afterwards, and the button that makes it so. */
function Confirmation({ review, pending }: { review: ReviewData; pending: Pending }) {
  const { t, href } = useLocale();
  const { decision } = pending;
  const consequence =
    decision === 'APPROVE'
      ? t(review.listing.openRevision ? 'adminConsequence.APPROVE.revision' : 'adminConsequence.APPROVE.new')
      : t(`adminConsequence.${decision}`);
  const page = href(`/admin/listings/${review.listing.id}`);
  return (
    <section className="usa-summary-box admin-confirmation" aria-labelledby="confirm-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="confirm-heading">
          {t('adminReview.confirmHeading', { decision: t(`adminAction.${decision}`) })}
        </h2>
        <p>{consequence}</p>
        {pending.reason && <blockquote>{pending.reason}</blockquote>}
        <PostForm name="confirm" csrfToken={review.csrfToken} action={page} className="admin-confirmation__form">
          <input type="hidden" name="decision" value={decision} />
          <input type="hidden" name="version" value={pending.version} />
          <input type="hidden" name="reason" value={pending.reason} />
          {pending.licenses.map((entry, index) => (
            <span key={entry.key}>
              <input type="hidden" name="license" value={entry.key} />
              <input type="hidden" name={`license.${index}.result`} value={entry.result} />
              <input type="hidden" name={`license.${index}.source`} value={entry.source} />
              <input type="hidden" name={`license.${index}.verifiedOn`} value={entry.verifiedOn} />
            </span>
          ))}
          <button className="usa-button" type="submit" name="confirm" value="yes">
            {t('adminReview.confirm')}
          </button>
          <a className="usa-button usa-button--unstyled" href={page}>
            {t('adminReview.cancel')}
          </a>
        </PostForm>
      </div>
    </section>
  );
}
