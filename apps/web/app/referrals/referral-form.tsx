import type { ReferralFormDataQuery } from '../api/graphql.generated';
import { ChoiceGroup, SelectField, TextArea, TextField } from '../components/form-fields';
import { useLocale } from '../components/locale';
import { FormAlert, PostForm } from '../components/post-form';
import type { MessageKey } from '../i18n/messages.en';
import type { ReferralFormValues } from './referral-request.server';
import { CONSENT_METHODS, CONTACT_METHODS, MODALITIES, REFERRAL_REASONS, URGENCIES } from './referral-vocabulary';

export const REFERRAL_FORM = 'referral';

interface ReferralFormProps {
  action: string;
  csrfToken: string;
  values: ReferralFormValues;
  message?: string;
  fieldErrors: Record<string, string>;
  careAttributes: ReferralFormDataQuery['careAttributes'];
  usStates: ReferralFormDataQuery['usStates'];
}

/** Everything createReferral takes, in the order a therapist thinks of it: the care, then the client, then consent. */
export function ReferralForm(props: ReferralFormProps) {
  const { t } = useLocale();
  const { action, csrfToken, values, message, fieldErrors } = props;
  return (
    <PostForm name={REFERRAL_FORM} csrfToken={csrfToken} action={action} className="usa-form usa-form--large">
      <FormAlert form={REFERRAL_FORM} message={message} fieldErrors={fieldErrors} labels={useFieldLabels()} />
      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
      <CareSection {...props} />
      <h2>{t('newReferral.clientHeading')}</h2>
      <p>{t('newReferral.clientLead')}</p>
      <TextField
        name="client.name"
        label={t('newReferral.clientName')}
        hint={t('newReferral.clientNameHint')}
        value={values['client.name']}
        maxLength={40}
        error={fieldErrors['client.name']}
      />
      <ChoiceGroup
        name="client.preferredContact"
        type="radio"
        label={t('newReferral.preferredContact')}
        values={[values['client.preferredContact']]}
        options={choices(CONTACT_METHODS, 'contactMethod', t)}
        error={fieldErrors['client.preferredContact']}
      />
      <TextField
        name="client.email"
        type="email"
        label={t('newReferral.email')}
        hint={t('newReferral.emailHint')}
        value={values['client.email']}
        error={fieldErrors['client.email']}
      />
      <TextField
        name="client.phone"
        type="tel"
        label={t('newReferral.phone')}
        hint={t('newReferral.phoneHint')}
        value={values['client.phone']}
        error={fieldErrors['client.phone']}
      />
      <TextArea
        name="note"
        label={t('newReferral.note')}
        hint={t('newReferral.noteHint')}
        value={values.note}
        maxLength={2000}
        error={fieldErrors.note}
      />
      <ConsentSection values={values} fieldErrors={fieldErrors} />
      <button className="usa-button" type="submit">
        {t('newReferral.submit')}
      </button>
    </PostForm>
  );
}

function CareSection({ values, fieldErrors, careAttributes, usStates }: ReferralFormProps) {
  const { t } = useLocale();
  return (
    <>
      <h2>{t('newReferral.careHeading')}</h2>
      <SelectField
        name="reason"
        label={t('newReferral.reason')}
        value={values.reason}
        emptyLabel={t('newReferral.chooseReason')}
        options={choices(REFERRAL_REASONS, 'referralReason', t)}
        error={fieldErrors.reason}
      />
      <ChoiceGroup
        name="urgency"
        type="radio"
        label={t('newReferral.urgency')}
        hint={t('newReferral.urgencyHint')}
        values={[values.urgency]}
        options={choices(URGENCIES, 'referralUrgency', t)}
        error={fieldErrors.urgency}
      />
      <SelectField
        name="clientState"
        label={t('newReferral.clientState')}
        value={values.clientState}
        emptyLabel={t('newReferral.chooseState')}
        options={usStates.map((state) => ({ value: state.code, label: state.name }))}
        error={fieldErrors.clientState}
      />
      <ChoiceGroup
        name="modality"
        type="radio"
        label={t('newReferral.modality')}
        values={[values.modality]}
        options={choices(MODALITIES, 'careModality', t)}
        error={fieldErrors.modality}
      />
      <ChoiceGroup
        name="accommodations"
        type="checkbox"
        label={t('newReferral.accommodations')}
        hint={t('newReferral.accommodationsHint')}
        values={values.accommodations}
        options={careAttributes.map((a) => ({ value: a.slug, label: a.name, description: a.description }))}
        error={fieldErrors.accommodations}
      />
    </>
  );
}

function ConsentSection({ values, fieldErrors }: Pick<ReferralFormProps, 'values' | 'fieldErrors'>) {
  const { t } = useLocale();
  return (
    <>
      <h2>{t('newReferral.consentHeading')}</h2>
      <p>{t('newReferral.consentLead')}</p>
      <ChoiceGroup
        name="consent.clientAgreed"
        type="checkbox"
        label={t('newReferral.clientAgreed')}
        values={values['consent.clientAgreed'] ? ['true'] : []}
        options={[{ value: 'true', label: t('newReferral.clientAgreedOption') }]}
        error={fieldErrors['consent.clientAgreed']}
      />
      <ChoiceGroup
        name="consent.method"
        type="radio"
        label={t('newReferral.consentMethod')}
        values={[values['consent.method']]}
        options={choices(CONSENT_METHODS, 'consentMethod', t)}
        error={fieldErrors['consent.method']}
      />
      <TextField
        name="consent.givenAt"
        type="date"
        todayIsLocal
        label={t('newReferral.consentGivenAt')}
        hint={t('newReferral.consentGivenAtHint')}
        value={values['consent.givenAt']}
        error={fieldErrors['consent.givenAt']}
      />
    </>
  );
}

function choices(values: readonly string[], prefix: string, t: (key: MessageKey) => string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
}

/** How the alert above the form names each field it links to. */
function useFieldLabels(): Record<string, string> {
  const { t } = useLocale();
  return {
    reason: t('newReferral.reason'),
    urgency: t('newReferral.urgency'),
    clientState: t('newReferral.clientState'),
    modality: t('newReferral.modality'),
    accommodations: t('newReferral.accommodations'),
    'client.name': t('newReferral.clientName'),
    'client.preferredContact': t('newReferral.preferredContact'),
    'client.email': t('newReferral.email'),
    'client.phone': t('newReferral.phone'),
    note: t('newReferral.note'),
    'consent.clientAgreed': t('newReferral.clientAgreed'),
    'consent.method': t('newReferral.consentMethod'),
    'consent.givenAt': t('newReferral.consentGivenAt'),
  };
}
