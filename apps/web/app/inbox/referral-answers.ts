import type { DeclineReason, ReferralStatus } from '../api/schema-types.generated';

/** The provider's answers to a referral, as the forms' `intent` names them. */
export const INTENTS = ['accept', 'decline', 'schedule', 'complete', 'no-show', 'could-not-contact'] as const;
export type Intent = (typeof INTENTS)[number];

export function isIntent(value: string | null): value is Intent {
  return (INTENTS as readonly string[]).includes(value ?? '');
}

/** The answers each status allows, as the API's rules do: the page offers only those. */
export const INTENTS_BY_STATUS: Partial<Record<ReferralStatus, readonly Intent[]>> = {
  VIEWED: ['accept', 'decline'],
  ACCEPTED: ['schedule', 'could-not-contact'],
  SCHEDULED: ['complete', 'no-show', 'could-not-contact'],
};

export const DECLINE_REASONS = [
  'NOT_ACCEPTING_NEW_PATIENTS',
  'NOT_LICENSED_IN_CLIENT_STATE',
  'NO_CAPACITY',
  'SERVICE_NOT_OFFERED',
  'OTHER',
] as const satisfies readonly DeclineReason[];

/** What the provider posted: the answer's fields as typed, kept when the page is shown again. */
export interface PostedAnswer {
  intent: string;
  declineReason: string;
  scheduleDate: string;
}

export type AnswerField = 'declineReason' | 'scheduleDate';

/** Why an answer was not recorded, worded for the provider, with the HTTP status the page is shown with. */
export interface RefusedAnswer extends PostedAnswer {
  status: 400 | 404 | 409 | 429;
  message: string;
  fieldErrors: Partial<Record<AnswerField, string>>;
}
