import { Role } from '@app/auth';
import { ReferralEntity } from './entities/referral.entity';
import { sideOf } from './referral-access';
import { mayReadClientDetails } from './referral-queries.service';
import { ReferralStatus } from './referral.vocabulary';

const referral = { therapistAccountId: 'therapist-1', providerId: 'listing-1' } as ReferralEntity;

describe('sideOf', () => {
  const sut = sideOf;

  it.each([
    ['the sending therapist', { id: 'therapist-1', role: Role.THERAPIST }, null, 'THERAPIST'],
    ['the owner of the receiving listing', { id: 'provider-1', role: Role.PROVIDER }, 'listing-1', 'PROVIDER'],
    ['another therapist', { id: 'therapist-2', role: Role.THERAPIST }, null, null],
    ['the owner of another listing', { id: 'provider-2', role: Role.PROVIDER }, 'listing-2', null],
    ['a provider without a listing', { id: 'provider-3', role: Role.PROVIDER }, null, null],
    ['an admin', { id: 'therapist-1', role: Role.ADMIN }, 'listing-1', null],
  ])('puts %s on side %s', (_, caller, ownedListingId, side) => {
    expect(sut(caller, referral, ownedListingId)).toBe(side);
  });
});

describe('mayReadClientDetails', () => {
  const released = [
    ReferralStatus.ACCEPTED,
    ReferralStatus.SCHEDULED,
    ReferralStatus.COMPLETED,
    ReferralStatus.NO_SHOW,
    ReferralStatus.COULD_NOT_CONTACT,
  ];

  it.each(Object.values(ReferralStatus))(
    'for a referral that is %s: the therapist always, the provider only once accepted',
    (status) => {
      expect(mayReadClientDetails('THERAPIST', status)).toBe(true);
      expect(mayReadClientDetails('PROVIDER', status)).toBe(released.includes(status));
    },
  );
});
