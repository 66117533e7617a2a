import { ReferralTransitionError } from './referrals.errors';
import { ReferralStatus } from './referral.vocabulary';

/** Everything that moves a referral from one status to another. */
export enum ReferralAction {
  VIEW = 'VIEW',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  SCHEDULE = 'SCHEDULE',
  COMPLETE = 'COMPLETE',
  MARK_NO_SHOW = 'MARK_NO_SHOW',
  MARK_COULD_NOT_CONTACT = 'MARK_COULD_NOT_CONTACT',
  CANCEL = 'CANCEL',
  EXPIRE = 'EXPIRE',
}

/** Who may take an action: the sending therapist, the receiving provider, or the system (the expiry worker). */
export type ReferralParty = 'THERAPIST' | 'PROVIDER' | 'SYSTEM';

interface Transition {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: ReferralParty;
}

const { SENT, VIEWED, ACCEPTED, DECLINED, SCHEDULED, COMPLETED, NO_SHOW, COULD_NOT_CONTACT, CANCELLED, EXPIRED } =
  ReferralStatus;

/** Referrals nobody has answered yet: these expire at their deadline. */
export const UNANSWERED: readonly ReferralStatus[] = [SENT, VIEWED];

// docs/workflows.md, "A referral": SENT → VIEWED → ACCEPTED | DECLINED; ACCEPTED → SCHEDULED → COMPLETED; NO_SHOW, COULD_NOT_CONTACT,
// CANCELLED, EXPIRED. A therapist may cancel until the visit has happened or failed.
const TRANSITIONS: Record<ReferralAction, Transition> = {
  [ReferralAction.VIEW]: { from: [SENT], to: VIEWED, by: 'PROVIDER' },
  [ReferralAction.ACCEPT]: { from: [VIEWED], to: ACCEPTED, by: 'PROVIDER' },
  [ReferralAction.DECLINE]: { from: [VIEWED], to: DECLINED, by: 'PROVIDER' },
  [ReferralAction.SCHEDULE]: { from: [ACCEPTED], to: SCHEDULED, by: 'PROVIDER' },
  [ReferralAction.COMPLETE]: { from: [SCHEDULED], to: COMPLETED, by: 'PROVIDER' },
  [ReferralAction.MARK_NO_SHOW]: { from: [SCHEDULED], to: NO_SHOW, by: 'PROVIDER' },
  [ReferralAction.MARK_COULD_NOT_CONTACT]: { from: [ACCEPTED, SCHEDULED], to: COULD_NOT_CONTACT, by: 'PROVIDER' },
  [ReferralAction.CANCEL]: { from: [SENT, VIEWED, ACCEPTED, SCHEDULED], to: CANCELLED, by: 'THERAPIST' },
  [ReferralAction.EXPIRE]: { from: UNANSWERED, to: EXPIRED, by: 'SYSTEM' },
};

/** Statuses in which the provider has agreed to see the client, so may see who they are. */
export const CLIENT_DETAILS_RELEASED: readonly ReferralStatus[] = [
  ACCEPTED,
  SCHEDULED,
  COMPLETED,
  NO_SHOW,
  COULD_NOT_CONTACT,
];

/** Statuses after which the therapist can say how it went. */
export const OUTCOME_RECORDABLE: readonly ReferralStatus[] = CLIENT_DETAILS_RELEASED;

/** Statuses nothing leaves. */
export const FINAL: readonly ReferralStatus[] = [DECLINED, COMPLETED, NO_SHOW, COULD_NOT_CONTACT, CANCELLED, EXPIRED];

export function partyFor(action: ReferralAction): ReferralParty {
  return TRANSITIONS[action].by;
}

/** The status `action` leads to from `current`; a CONFLICT naming the current status when it may not be taken. */
export function nextStatus(action: ReferralAction, current: ReferralStatus): ReferralStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current)) throw new ReferralTransitionError(action, current);
  return transition.to;
}
