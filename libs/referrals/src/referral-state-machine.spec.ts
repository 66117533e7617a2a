import { FINAL, nextStatus, partyFor, ReferralAction } from './referral-state-machine';
import { ReferralTransitionError } from './referrals.errors';
import { ReferralStatus } from './referral.vocabulary';

const ALL_STATUSES = Object.values(ReferralStatus);
const { SENT, VIEWED, ACCEPTED, DECLINED, SCHEDULED, COMPLETED, NO_SHOW, COULD_NOT_CONTACT, CANCELLED, EXPIRED } =
  ReferralStatus;

// docs/workflows.md, "A referral", written out as the full table of allowed moves.
const ALLOWED: Array<[ReferralAction, ReferralStatus, ReferralStatus]> = [
  [ReferralAction.VIEW, SENT, VIEWED],
  [ReferralAction.ACCEPT, VIEWED, ACCEPTED],
  [ReferralAction.DECLINE, VIEWED, DECLINED],
  [ReferralAction.SCHEDULE, ACCEPTED, SCHEDULED],
  [ReferralAction.COMPLETE, SCHEDULED, COMPLETED],
  [ReferralAction.MARK_NO_SHOW, SCHEDULED, NO_SHOW],
  [ReferralAction.MARK_COULD_NOT_CONTACT, ACCEPTED, COULD_NOT_CONTACT],
  [ReferralAction.MARK_COULD_NOT_CONTACT, SCHEDULED, COULD_NOT_CONTACT],
  [ReferralAction.CANCEL, SENT, CANCELLED],
  [ReferralAction.CANCEL, VIEWED, CANCELLED],
  [ReferralAction.CANCEL, ACCEPTED, CANCELLED],
  [ReferralAction.CANCEL, SCHEDULED, CANCELLED],
  [ReferralAction.EXPIRE, SENT, EXPIRED],
  [ReferralAction.EXPIRE, VIEWED, EXPIRED],
];

describe('the referral status machine', () => {
  const sut = nextStatus;

  it.each(ALLOWED)('%s takes %s to %s', (action, from, to) => {
    expect(sut(action, from)).toBe(to);
  });

  const refused = Object.values(ReferralAction).flatMap((action) =>
    ALL_STATUSES.filter((from) => !ALLOWED.some(([a, f]) => a === action && f === from)).map(
      (from) => [action, from] as const,
    ),
  );

  it.each(refused)('%s from %s is a conflict naming the current status', (action, from) => {
    expect(() => sut(action, from)).toThrow(ReferralTransitionError);
    expect(() => sut(action, from)).toThrow(
      expect.objectContaining({ category: 'CONFLICT', details: [{ field: 'status', reason: from }] }),
    );
  });

  it('leaves final statuses with no way out', () => {
    for (const status of FINAL) {
      expect(ALLOWED.filter(([, from]) => from === status)).toEqual([]);
    }
  });

  it.each([
    [ReferralAction.ACCEPT, 'PROVIDER'],
    [ReferralAction.CANCEL, 'THERAPIST'],
    [ReferralAction.EXPIRE, 'SYSTEM'],
  ])('%s is for the %s', (action, party) => {
    expect(partyFor(action)).toBe(party);
  });
});
