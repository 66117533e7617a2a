import type { ListingStatus } from '../../../api/graphql.generated';

export const DECISIONS = [
  'START_REVIEW',
  'APPROVE',
  'REQUEST_CHANGES',
  'REJECT',
  'SUSPEND',
  'REINSTATE',
  'ARCHIVE',
] as const;

export type Decision = (typeof DECISIONS)[number];

/** Decisions the provider must be told the reason for. */
export const REASONED_DECISIONS: readonly Decision[] = ['REQUEST_CHANGES', 'REJECT', 'SUSPEND'];

interface DecisionSubject {
  status: ListingStatus;
  reviewStatus: ListingStatus;
}

// Review decisions act on what awaits review (the open revision, else the listing); the others on the listing itself.
const APPLIES: Record<Decision, (listing: DecisionSubject) => boolean> = {
  START_REVIEW: (l) => l.reviewStatus === 'SUBMITTED',
  APPROVE: (l) => l.reviewStatus === 'IN_REVIEW',
  REQUEST_CHANGES: (l) => l.reviewStatus === 'IN_REVIEW',
  REJECT: (l) => l.reviewStatus === 'IN_REVIEW',
  SUSPEND: (l) => l.status === 'APPROVED',
  REINSTATE: (l) => l.status === 'SUSPENDED',
  ARCHIVE: (l) => l.status !== 'ARCHIVED',
};

export function decisionsFor(listing: DecisionSubject): Decision[] {
  return DECISIONS.filter((decision) => APPLIES[decision](listing));
}

export function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

/** The statuses of something waiting on an admin or, after a request for changes, on its provider. */
export const WAITING_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'] as const satisfies ListingStatus[];

export function awaitsReview(status: ListingStatus): boolean {
  return (WAITING_STATUSES as readonly string[]).includes(status);
}
