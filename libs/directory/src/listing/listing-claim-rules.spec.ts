import { distinctLicenses, isClaimable } from './listing-claim-rules';
import { ListingStatus } from './listing-lifecycle';

describe('listing claim rules', () => {
  it.each(Object.values(ListingStatus))(
    'lets an unowned %s listing be claimed unless archived or rejected',
    (status) => {
      const expected = status !== ListingStatus.ARCHIVED && status !== ListingStatus.REJECTED;
      expect(isClaimable({ ownerAccountId: null, status })).toBe(expected);
    },
  );

  it('never lets an owned listing be claimed', () => {
    expect(isClaimable({ ownerAccountId: 'an-owner', status: ListingStatus.APPROVED })).toBe(false);
  });

  it('keeps each entered license once, numbers trimmed, in the order entered', () => {
    expect(
      distinctLicenses([
        { state: 'KS', licenseType: 'MD', number: ' 123 ' },
        { state: 'MO', licenseType: 'MD', number: '123' },
        { state: 'KS', licenseType: 'MD', number: '123' },
        { state: 'KS', licenseType: 'DO', number: '123' },
      ]),
    ).toEqual([
      { state: 'KS', licenseType: 'MD', number: '123' },
      { state: 'MO', licenseType: 'MD', number: '123' },
      { state: 'KS', licenseType: 'DO', number: '123' },
    ]);
  });
});
