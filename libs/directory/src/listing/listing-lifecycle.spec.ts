import { ListingAction, ListingStatus, ListingTransitionError, targetStatus, TRANSITIONS } from './listing-lifecycle';

const S = ListingStatus;
const A = ListingAction;

describe('listing state machine', () => {
  const allowed: Array<[ListingAction, ListingStatus, ListingStatus]> = [
    [A.SUBMIT, S.DRAFT, S.SUBMITTED],
    [A.SUBMIT, S.CHANGES_REQUESTED, S.SUBMITTED],
    [A.WITHDRAW, S.SUBMITTED, S.DRAFT],
    [A.START_REVIEW, S.SUBMITTED, S.IN_REVIEW],
    [A.APPROVE, S.IN_REVIEW, S.APPROVED],
    [A.REQUEST_CHANGES, S.IN_REVIEW, S.CHANGES_REQUESTED],
    [A.REJECT, S.IN_REVIEW, S.REJECTED],
    [A.SUSPEND, S.APPROVED, S.SUSPENDED],
    [A.REINSTATE, S.SUSPENDED, S.APPROVED],
    [A.REVERIFY, S.APPROVED, S.APPROVED],
  ];

  it.each(allowed)('%s moves %s to %s', (action, from, to) => {
    expect(targetStatus(action, from)).toBe(to);
  });

  it.each(Object.values(S).filter((s) => s !== S.ARCHIVED))('archives from %s', (from) => {
    expect(targetStatus(A.ARCHIVE, from)).toBe(S.ARCHIVED);
  });

  // Every (action, status) pair not listed above is refused, naming the current status.
  const refused = Object.values(A).flatMap((action) =>
    Object.values(S)
      .filter((status) => !TRANSITIONS[action].from.includes(status))
      .map((status) => [action, status] as [ListingAction, ListingStatus]),
  );

  it.each(refused)('refuses %s from %s with a conflict naming the status', (action, from) => {
    let thrown: unknown;
    try {
      targetStatus(action, from);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ListingTransitionError);
    expect((thrown as ListingTransitionError).details).toEqual([{ field: 'status', reason: from }]);
  });

  it('never publishes straight from a draft', () => {
    expect(refused).toContainEqual([A.APPROVE, S.DRAFT]);
    expect(refused).toContainEqual([A.APPROVE, S.SUBMITTED]);
  });
});
