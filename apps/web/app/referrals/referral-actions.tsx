import { ChoiceGroup, SelectField, TextArea } from '../components/form-fields';
import { useLocale } from '../components/locale';
import { PostForm } from '../components/post-form';
import { CANCEL_REASONS, OUTCOMES } from './referral-vocabulary';

export interface ActionFormState {
  action: string;
  csrfToken: string;
  /** What was posted, shown again when refused. */
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
}

/** After the visit: how it went, and a note only the directory's team reads. */
export function OutcomeForm({ action, csrfToken, values, fieldErrors }: ActionFormState) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="referral-outcome-heading">
      <h2 id="referral-outcome-heading">{t('referral.outcomeHeading')}</h2>
      <p>{t('referral.outcomeLead')}</p>
      <PostForm name="outcome" csrfToken={csrfToken} action={action}>
        <input type="hidden" name="intent" value="outcome" />
        <ChoiceGroup
          name="outcome"
          type="radio"
          label={t('referral.outcomeChoice')}
          values={[values.outcome ?? '']}
          options={OUTCOMES.map((value) => ({ value, label: t(`referralOutcome.${value}`) }))}
          error={fieldErrors.outcome}
        />
        <TextArea
          name="note"
          label={t('referral.outcomeNote')}
          hint={t('referral.outcomeNoteHint')}
          value={values.note ?? ''}
          maxLength={2000}
          error={fieldErrors.note}
        />
        <button className="usa-button" type="submit">
          {t('referral.outcomeSubmit')}
        </button>
      </PostForm>
    </section>
  );
}

export function CancelForm({ action, csrfToken, values, fieldErrors }: ActionFormState) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="referral-cancel-heading">
      <h2 id="referral-cancel-heading">{t('referral.cancelHeading')}</h2>
      <p>{t('referral.cancelLead')}</p>
      <PostForm name="cancel" csrfToken={csrfToken} action={action}>
        <input type="hidden" name="intent" value="cancel" />
        <SelectField
          name="reason"
          label={t('referral.cancelReasonLabel')}
          value={values.reason ?? ''}
          emptyLabel={t('referral.chooseCancelReason')}
          options={CANCEL_REASONS.map((value) => ({ value, label: t(`cancelReason.${value}`) }))}
          error={fieldErrors.reason}
        />
        <button className="usa-button usa-button--secondary" type="submit">
          {t('referral.cancelSubmit')}
        </button>
      </PostForm>
    </section>
  );
}
