import { ListingAvailability } from '@app/directory';
import { CareModality, ReferralWarning } from '../referral.vocabulary';
import { assessListing } from './referral-eligibility';

const listing = (overrides: Partial<ListingAvailability> = {}): ListingAvailability => ({
  status: 'APPROVED',
  ownerAccountId: 'owner',
  acceptingNewPatients: true,
  inPerson: false,
  telehealth: false,
  ...overrides,
});

describe('assessListing', () => {
  const sut = assessListing;

  it.each([
    [CareModality.IN_PERSON, { inPerson: true }],
    [CareModality.TELEHEALTH, { telehealth: true }],
    [CareModality.EITHER, { inPerson: true }],
    [CareModality.EITHER, { telehealth: true }],
  ])('allows %s when the listing serves the state that way (%o)', (modality, coverage) => {
    expect(sut(listing(coverage), modality, 'KS')).toEqual([]);
  });

  it.each([
    [CareModality.IN_PERSON, { telehealth: true }, /no practice location in KS/],
    [CareModality.TELEHEALTH, { inPerson: true }, /telehealth with an active verified license in KS/],
    [CareModality.EITHER, {}, /no practice location in KS, and .*license in KS/],
  ])('refuses %s when it does not (%o), saying why', (modality, coverage, why) => {
    expect(() => sut(listing(coverage), modality, 'KS')).toThrow(
      expect.objectContaining({
        code: 'REFERRALS.STATE_NOT_SERVED',
        details: [{ field: 'clientState', reason: expect.stringMatching(why) }],
      }),
    );
  });

  it('allows a provider not taking new patients, with a warning', () => {
    expect(sut(listing({ inPerson: true, acceptingNewPatients: false }), CareModality.IN_PERSON, 'KS')).toEqual([
      ReferralWarning.NOT_ACCEPTING_NEW_PATIENTS,
    ]);
  });

  it.each([
    ['missing', null, 'REFERRALS.LISTING_NOT_FOUND'],
    ['not approved', listing({ status: 'SUSPENDED', inPerson: true }), 'REFERRALS.LISTING_NOT_FOUND'],
    [
      'without an owner to answer',
      listing({ ownerAccountId: null, inPerson: true }),
      'REFERRALS.LISTING_NOT_RECEIVING',
    ],
  ])('refuses a listing that is %s', (_, candidate, code) => {
    expect(() => sut(candidate, CareModality.IN_PERSON, 'KS')).toThrow(expect.objectContaining({ code }));
  });
});
