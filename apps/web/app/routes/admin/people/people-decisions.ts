import type { AccountStatus } from '../../../api/graphql.generated';
import type { MessageKey } from '../../../i18n/messages.en';

/** What an admin decides about an account; each is a two-step form: open it, then confirm. */
export const DECISIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The statuses each decision applies to, as the API allows it. */
export const DECIDABLE_FROM: Record<Decision, AccountStatus[]> = {
  approve: ['PENDING_APPROVAL'],
  reject: ['PENDING_APPROVAL'],
  suspend: ['ACTIVE', 'PENDING_APPROVAL'],
  reinstate: ['SUSPENDED'],
};

export const isDecision = (value: string | null): value is Decision => DECISIONS.includes(value as Decision);

/** Approval needs no reason; the others are recorded with one the admin must give. */
export const needsReason = (decision: Decision) => decision !== 'approve';

export const ACCOUNT_STATUSES: AccountStatus[] = ['PENDING_APPROVAL', 'ACTIVE', 'SUSPENDED', 'REJECTED'];

/** A message the page shows, by key, with its values (translated in the page, not on the server). */
export interface Notice {
  key: MessageKey;
  values?: Record<string, string>;
}

/** What a refused post brings back so the page shows it again with the admin's words and the errors in place. */
export interface PeopleActionData {
  /** The form that was posted: `decide` or `verify-<license id>`. */
  form: string;
  values: { reason: string; source: string; note: string };
  fieldErrors: Partial<Record<'reason' | 'source', MessageKey>>;
  alert: Notice | { text: string } | null;
  /** The account changed meanwhile: the decision form is closed and the current state shown. */
  stale: boolean;
}

const DONE: Record<string, MessageKey> = {
  approve: 'decision.approved',
  reject: 'decision.rejected',
  suspend: 'decision.suspended',
  reinstate: 'decision.reinstated',
  verify: 'therapists.verifiedDone',
};

/** The message for `?done=` after a decision went through. */
export const doneNotice = (done: string | null): MessageKey | undefined => (done ? DONE[done] : undefined);
