import { sameVettedFields, VettedFields } from './listing-fields';

const sut = sameVettedFields;

const base: VettedFields = {
  npi: '9100000010',
  firstName: 'Ada',
  lastName: 'Lovelace',
  chosenName: null,
  chosenLastName: null,
  credentials: ['MD'],
  specialties: [
    { code: '207VG0400X', primary: true },
    { code: '207Q00000X', primary: false },
  ],
  careAttributes: ['lgbtq-affirming', 'trauma-informed'],
  licenses: [
    { state: 'KS', licenseType: 'MD', number: 'A1', expiresOn: '2027-12-31' },
    { state: 'MO', licenseType: 'MD', number: 'B2', expiresOn: '2027-06-30' },
  ],
};

describe('sameVettedFields', () => {
  it('ignores the order of specialties, attributes and licenses', () => {
    const reordered = {
      ...base,
      specialties: [...base.specialties].reverse(),
      careAttributes: [...base.careAttributes].reverse(),
      licenses: [...base.licenses].reverse(),
    };
    expect(sut(base, reordered)).toBe(true);
  });

  it.each<[string, Partial<VettedFields>]>([
    ['the NPI', { npi: '9100000028' }],
    ['a name', { chosenName: 'Ace' }],
    ['a chosen last name', { chosenLastName: 'Vale' }],
    ['credentials', { credentials: ['DO'] }],
    [
      'which specialty is primary',
      {
        specialties: [
          { code: '207VG0400X', primary: false },
          { code: '207Q00000X', primary: true },
        ],
      },
    ],
    ['care attributes', { careAttributes: ['lgbtq-affirming'] }],
    ['a license expiry', { licenses: [{ ...base.licenses[0], expiresOn: '2028-01-01' }, base.licenses[1]] }],
  ])('sees a change of %s', (_what, change) => {
    expect(sut(base, { ...base, ...change })).toBe(false);
  });
});
