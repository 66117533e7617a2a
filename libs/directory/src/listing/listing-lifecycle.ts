import { DomainError, ErrorCategory } from '@app/shared';

export enum ListingStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  ARCHIVED = 'ARCHIVED',
}

export enum ListingAction {
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  START_REVIEW = 'START_REVIEW',
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
  ARCHIVE = 'ARCHIVE',
  /** Re-checks an approved listing (licenses, evidence) and sets a new re-verification date. */
  REVERIFY = 'REVERIFY',
}

const S = ListingStatus;
const NOT_ARCHIVED = Object.values(S).filter((status) => status !== S.ARCHIVED);

/** The listing state machine of docs/workflows.md, plus the provider taking back a submission no admin has picked up yet. */
export const TRANSITIONS: Record<ListingAction, { from: readonly ListingStatus[]; to: ListingStatus }> = {
  [ListingAction.SUBMIT]: { from: [S.DRAFT, S.CHANGES_REQUESTED], to: S.SUBMITTED },
  [ListingAction.WITHDRAW]: { from: [S.SUBMITTED], to: S.DRAFT },
  [ListingAction.START_REVIEW]: { from: [S.SUBMITTED], to: S.IN_REVIEW },
  [ListingAction.APPROVE]: { from: [S.IN_REVIEW], to: S.APPROVED },
  [ListingAction.REQUEST_CHANGES]: { from: [S.IN_REVIEW], to: S.CHANGES_REQUESTED },
  [ListingAction.REJECT]: { from: [S.IN_REVIEW], to: S.REJECTED },
  [ListingAction.SUSPEND]: { from: [S.APPROVED], to: S.SUSPENDED },
  [ListingAction.REINSTATE]: { from: [S.SUSPENDED], to: S.APPROVED },
  [ListingAction.ARCHIVE]: { from: NOT_ARCHIVED, to: S.ARCHIVED },
  [ListingAction.REVERIFY]: { from: [S.APPROVED], to: S.APPROVED },
};

/** Actions on the listing itself even while a revision is open; the others act on the open revision if there is one. */
export const LISTING_LEVEL_ACTIONS: readonly ListingAction[] = [
  ListingAction.SUSPEND,
  ListingAction.REINSTATE,
  ListingAction.ARCHIVE,
  ListingAction.REVERIFY,
];

/** Once approved, a listing's vetted fields change only through reviewed revisions. */
export function hasBeenApproved(status: ListingStatus): boolean {
  return status === S.APPROVED || status === S.SUSPENDED;
}

/** A listing (or revision) the provider may still edit directly. */
export function isEditableDraft(status: ListingStatus): boolean {
  return status === S.DRAFT || status === S.CHANGES_REQUESTED;
}

/** Returns the target status, or throws a CONFLICT naming the current one. */
export function targetStatus(action: ListingAction, current: ListingStatus): ListingStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) throw new ListingTransitionError(action, current);
  return rule.to;
}

/** The requested step does not start from the current status (or someone else moved it first). */
export class ListingTransitionError extends DomainError {
  readonly code = 'DIRECTORY.INVALID_LISTING_TRANSITION';
  readonly category = ErrorCategory.CONFLICT;

  constructor(action: string, current: ListingStatus, subject = 'listing') {
    super(`Cannot ${action.toLowerCase().replace(/_/g, ' ')}: the ${subject} is ${current}`, [
      { field: 'status', reason: current },
    ]);
  }
}
