/** Referral vocabulary (docs/workflows.md): the values the API accepts and the database checks. */

export enum ReferralStatus {
  SENT = 'SENT',
  VIEWED = 'VIEWED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  NO_SHOW = 'NO_SHOW',
  COULD_NOT_CONTACT = 'COULD_NOT_CONTACT',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

/** Coarse reasons only: the details of a client's concern belong in the encrypted note. */
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
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

export enum ReferralUrgency {
  ROUTINE = 'ROUTINE',
  SOON = 'SOON',
  URGENT = 'URGENT',
}

export enum CareModality {
  IN_PERSON = 'IN_PERSON',
  TELEHEALTH = 'TELEHEALTH',
  EITHER = 'EITHER',
}

export enum ContactMethod {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  /** "Do not contact me, my therapist will coordinate." */
  THERAPIST_COORDINATES = 'THERAPIST_COORDINATES',
}

export enum ConsentMethod {
  VERBAL = 'VERBAL',
  WRITTEN = 'WRITTEN',
  ELECTRONIC = 'ELECTRONIC',
}

export enum DeclineReason {
  NOT_ACCEPTING_NEW_PATIENTS = 'NOT_ACCEPTING_NEW_PATIENTS',
  SERVICE_NOT_OFFERED = 'SERVICE_NOT_OFFERED',
  NOT_LICENSED_IN_CLIENT_STATE = 'NOT_LICENSED_IN_CLIENT_STATE',
  NO_CAPACITY = 'NO_CAPACITY',
  OTHER = 'OTHER',
}

// A controlled list rather than free text: the reason is stored in plain text in the event history.
export enum CancelReason {
  CLIENT_CHOSE_ANOTHER_PROVIDER = 'CLIENT_CHOSE_ANOTHER_PROVIDER',
  CLIENT_WITHDREW_CONSENT = 'CLIENT_WITHDREW_CONSENT',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  SENT_IN_ERROR = 'SENT_IN_ERROR',
  OTHER = 'OTHER',
}

export enum ReferralOutcome {
  SEEN_AFFIRMING = 'SEEN_AFFIRMING',
  SEEN_NOT_AFFIRMING = 'SEEN_NOT_AFFIRMING',
  NOT_SEEN = 'NOT_SEEN',
}

export enum ReferralWarning {
  NOT_ACCEPTING_NEW_PATIENTS = 'NOT_ACCEPTING_NEW_PATIENTS',
}
