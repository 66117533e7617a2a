import type { ReviewedListingFieldsFragment } from '../../../api/graphql.generated';
import { diffRevision } from './listing-diff';

const names = {
  specialty: (code: string) => `specialty ${code}`,
  careAttribute: (slug: string) => `attribute ${slug}`,
  primary: (name: string) => `${name} (primary)`,
  expiry: (expiresOn: string | null) => expiresOn ?? 'expiry not entered',
};

const approved = {
  npi: '1234567893',
  firstName: 'Ana',
  lastName: 'Lopez',
  chosenName: null,
  chosenLastName: null,
  credentials: ['MD', 'MPH'],
  specialties: [{ code: 'A', name: 'A', primary: true }],
  careAttributes: [{ slug: 'lgbtq-affirming', name: 'x', evidence: 'ADMIN_VERIFIED', evidencedOn: '2026-01-01' }],
  licenses: [
    { state: 'KS', licenseType: 'MD', number: '1', expiresOn: '2027-01-01' },
    { state: 'MO', licenseType: 'MD', number: '2', expiresOn: null },
  ],
} as unknown as ReviewedListingFieldsFragment;

describe('diffRevision', () => {
  it('marks only the fields whose values differ, order aside', () => {
    const changes = {
      npi: '1234567893',
      firstName: 'Ana',
      lastName: 'López',
      chosenName: 'Annie',
      chosenLastName: null,
      credentials: ['MPH', 'MD'],
      specialties: [{ code: 'A', primary: true }],
      careAttributes: ['lgbtq-affirming'],
      licenses: [
        { state: 'KS', licenseType: 'MD', number: '1', expiresOn: '2027-01-01' },
        { state: 'MO', licenseType: 'MD', number: '2', expiresOn: '2027-06-01' },
      ],
    } as NonNullable<ReviewedListingFieldsFragment['openRevision']>['changes'];

    const changed = diffRevision(approved, changes, names).filter((row) => row.changed);

    expect(changed.map((row) => [row.field, row.approved, row.proposed])).toEqual([
      ['lastName', ['Lopez'], ['López']],
      ['chosenName', [], ['Annie']],
      [
        'licenses',
        ['KS MD 1, 2027-01-01', 'MO MD 2, expiry not entered'],
        ['KS MD 1, 2027-01-01', 'MO MD 2, 2027-06-01'],
      ],
    ]);
  });
});
