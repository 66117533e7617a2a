import type { CreateReferralInput } from '../api/schema-types.generated';
import type { ApiRefusal } from '../api/workspace-api.server';
import { isMessageKey, type MessageKey } from '../i18n/messages.en';
import type { Translate } from '../i18n/i18n';
import type { PostedForm } from '../workspace/form-data';
import {
  CONSENT_METHODS,
  CONTACT_METHODS,
  MODALITIES,
  oneOf,
  REFERRAL_REASONS,
  URGENCIES,
} from './referral-vocabulary';

/** The referral form as posted (and shown again when refused): its fields are named after the API's input paths. */
export interface ReferralFormValues {
  idempotencyKey: string;
  reason: string;
  urgency: string;
  clientState: string;
  modality: string;
  accommodations: string[];
  'client.name': string;
  'client.preferredContact': string;
  'client.email': string;
  'client.phone': string;
  note: string;
  'consent.clientAgreed': boolean;
  'consent.method': string;
  'consent.givenAt': string;
}

const TEXT_FIELDS = [
  'idempotencyKey',
  'reason',
  'urgency',
  'clientState',
  'modality',
  'client.name',
  'client.preferredContact',
  'client.email',
  'client.phone',
  'note',
  'consent.method',
  'consent.givenAt',
] as const;

export function readReferralForm(form: PostedForm): ReferralFormValues {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, form.text(name).trim()]));
  return {
    ...(text as Record<(typeof TEXT_FIELDS)[number], string>),
    // The note keeps its line breaks and spacing as typed.
    note: form.text('note'),
    accommodations: form.all('accommodations'),
    'consent.clientAgreed': form.text('consent.clientAgreed') === 'true',
  };
}

export function blankReferralForm(idempotencyKey: string, today: string): ReferralFormValues {
  return {
    idempotencyKey,
    reason: '',
    urgency: 'ROUTINE',
    clientState: '',
    modality: 'EITHER',
    accommodations: [],
    'client.name': '',
    'client.preferredContact': '',
    'client.email': '',
    'client.phone': '',
    note: '',
    'consent.clientAgreed': false,
    'consent.method': '',
    'consent.givenAt': today,
  };
}

export type PreparedReferral =
  { ok: true; input: CreateReferralInput } | { ok: false; fieldErrors: Record<string, MessageKey> };

/**
 * The API's input from the posted form. Values GraphQL itself would refuse without naming the field (a choice outside
 * its list, a date that is not one) are caught here instead, each beside its field; the API checks everything else.
 */
export function referralInput(
  values: ReferralFormValues,
  providerId: string,
  stateCodes: readonly string[],
  now: Date,
): PreparedReferral {
  const urgency = oneOf(URGENCIES, values.urgency);
  const modality = oneOf(MODALITIES, values.modality);
  const preferredContact = oneOf(CONTACT_METHODS, values['client.preferredContact']);
  const method = oneOf(CONSENT_METHODS, values['consent.method']);
  const clientState = oneOf(stateCodes, values.clientState) as CreateReferralInput['clientState'] | undefined;
  const givenAt = consentTime(values['consent.givenAt'], now);
  const fieldErrors: Record<string, MessageKey> = {};
  if (!oneOf(REFERRAL_REASONS, values.reason)) fieldErrors.reason = 'referralField.reason';
  if (!urgency) fieldErrors.urgency = 'referralField.choose';
  if (!clientState) fieldErrors.clientState = 'referralField.clientState';
  if (!modality) fieldErrors.modality = 'referralField.choose';
  if (!preferredContact) fieldErrors['client.preferredContact'] = 'referralField.choose';
  if (!method) fieldErrors['consent.method'] = 'referralField.choose';
  if (!givenAt) fieldErrors['consent.givenAt'] = 'referralField.consent.givenAt';
  if (!urgency || !modality || !preferredContact || !method || !clientState || !givenAt || fieldErrors.reason) {
    return { ok: false, fieldErrors };
  }
  return {
    ok: true,
    input: {
      providerId,
      idempotencyKey: values.idempotencyKey,
      reason: values.reason,
      urgency,
      clientState,
      modality,
      accommodations: values.accommodations,
      client: {
        name: values['client.name'],
        preferredContact,
        email: values['client.email'] || null,
        phone: values['client.phone'] || null,
      },
      note: values.note.trim() ? values.note : null,
      consent: { clientAgreed: values['consent.clientAgreed'], method, givenAt },
    },
  };
}

/**
 * The form asks for the day, not the hour (a therapist rarely notes the minute). Noon UTC of that day stands for it;
 * for today, noon may not have come yet, so the day's first moment does. Never the clock's own time: a double click or
 * a retry must send the very same request, or the API takes it for a different referral under the same key. A later
 * day is sent as it is, for the API to refuse.
 */
function consentTime(day: string, now: Date): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const noon = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return undefined;
  const today = now.toISOString().slice(0, 10);
  return (day === today && noon > now ? new Date(`${day}T00:00:00Z`) : noon).toISOString();
}

function isEmpty(record: object): boolean {
  return Object.keys(record).length === 0;
}

/** What the page says about a refused referral: the alert above the form, and each field's error beside it. */
export function explainRefusal(
  refusal: ApiRefusal,
  t: Translate,
  context: { modality: string; stateName: string },
): { message: string; fieldErrors: Record<string, string> } {
  const general = GENERAL_REFUSALS[refusal.reason ?? ''];
  if (general) return { message: t(general), fieldErrors: {} };
  const fieldErrors = Object.fromEntries(
    Object.entries(refusal.fieldErrors).map(([field, reason]) => [
      field,
      fieldMessage(field, reason, refusal, t, context),
    ]),
  );
  const summary = isEmpty(fieldErrors) ? refusal.message : t('newReferral.checkFields');
  return { message: `${t('newReferral.refused')} ${summary}`, fieldErrors };
}

const GENERAL_REFUSALS: Record<string, MessageKey> = {
  'REFERRALS.LISTING_NOT_RECEIVING': 'referralRefusal.notReceiving',
  'REFERRALS.LISTING_NOT_FOUND': 'referralRefusal.listingGone',
  'REFERRALS.IDEMPOTENCY_KEY_REUSED': 'referralRefusal.keyReused',
};

function fieldMessage(
  field: string,
  apiReason: string,
  refusal: ApiRefusal,
  t: Translate,
  { modality, stateName }: { modality: string; stateName: string },
): string {
  if (refusal.reason === 'REFERRALS.STATE_NOT_SERVED' && field === 'clientState') {
    const key = `referralRefusal.stateNotServed.${modality}`;
    if (isMessageKey(key)) return t(key, { state: stateName });
  }
  const key = `referralField.${field}`;
  return isMessageKey(key) ? t(key) : apiReason;
}

/** Local field errors, in the visitor's language. */
export function translateFieldErrors(fieldErrors: Record<string, MessageKey>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)]));
}
