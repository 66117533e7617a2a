import type {
  CancelReason,
  CareModality,
  ConsentMethod,
  ContactMethod,
  ReferralOutcome,
  ReferralStatus,
  ReferralUrgency,
} from '../api/schema-types.generated';
import type { MessageKey } from '../i18n/messages.en';

// The API's values, in the order the forms offer them. A form post is checked against these before it is sent: a value
// outside an enum would be refused by GraphQL itself, without naming the field.
export const REFERRAL_REASONS = [
  'postcoital-bleeding',
  'pelvic-pain',
  'sti-screening',
  'routine-gyn-exam',
  'contraception',
  'gender-affirming-care',
  'primary-care',
  'other',
] as const;
export const URGENCIES = ['ROUTINE', 'SOON', 'URGENT'] as const satisfies readonly ReferralUrgency[];
export const MODALITIES = ['IN_PERSON', 'TELEHEALTH', 'EITHER'] as const satisfies readonly CareModality[];
export const CONTACT_METHODS = ['EMAIL', 'PHONE', 'THERAPIST_COORDINATES'] as const satisfies readonly ContactMethod[];
export const CONSENT_METHODS = ['VERBAL', 'WRITTEN', 'ELECTRONIC'] as const satisfies readonly ConsentMethod[];
export const CANCEL_REASONS = [
  'CLIENT_CHOSE_ANOTHER_PROVIDER',
  'CLIENT_WITHDREW_CONSENT',
  'NO_LONGER_NEEDED',
  'SENT_IN_ERROR',
  'OTHER',
] as const satisfies readonly CancelReason[];
export const OUTCOMES = [
  'SEEN_AFFIRMING',
  'SEEN_NOT_AFFIRMING',
  'NOT_SEEN',
] as const satisfies readonly ReferralOutcome[];
export const STATUSES = [
  'SENT',
  'VIEWED',
  'ACCEPTED',
  'DECLINED',
  'SCHEDULED',
  'COMPLETED',
  'NO_SHOW',
  'COULD_NOT_CONTACT',
  'CANCELLED',
  'EXPIRED',
] as const satisfies readonly ReferralStatus[];

/** `value` when it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

// The API's rules (docs/workflows.md): a therapist may cancel until the visit has happened or failed, and say how it
// went once the provider has agreed to see the client; the form is offered from the appointment on.
const CANCELLABLE: readonly ReferralStatus[] = ['SENT', 'VIEWED', 'ACCEPTED', 'SCHEDULED'];
const OUTCOME_OFFERED: readonly ReferralStatus[] = ['SCHEDULED', 'COMPLETED', 'NO_SHOW', 'COULD_NOT_CONTACT'];

export function canCancel(status: ReferralStatus): boolean {
  return CANCELLABLE.includes(status);
}

export function canRecordOutcome(referral: { status: ReferralStatus; outcome: ReferralOutcome | null }): boolean {
  return referral.outcome === null && OUTCOME_OFFERED.includes(referral.status);
}

/** Whose move it is: what the therapist looks for first in their list. */
export function waitingOn(referral: { status: ReferralStatus; outcome: ReferralOutcome | null }): MessageKey {
  switch (referral.status) {
    case 'SENT':
    case 'VIEWED':
      return 'waitingOn.providerAnswer';
    case 'ACCEPTED':
      return 'waitingOn.providerSchedule';
    case 'SCHEDULED':
      return 'waitingOn.visit';
    case 'COMPLETED':
    case 'NO_SHOW':
    case 'COULD_NOT_CONTACT':
      return referral.outcome ? 'waitingOn.nothing' : 'waitingOn.you';
    default:
      return 'waitingOn.nothing';
  }
}
