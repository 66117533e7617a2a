import { AFFIRMING_CARE_ATTESTATION } from '@app/directory';
import { withNpiCheckDigit } from '@app/directory/testing';
import { daysFromToday } from './listing.factory';

let sequence = 0;

/** saveMyListing input for a gynecologist in Lawrence, KS, licensed in KS, with the attestation affirmed. */
export function aListingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    npi: withNpiCheckDigit(String(930_000_000 + sequence + (process.pid % 1000) * 1000)),
    firstName: 'Robin',
    lastName: `Ashdown${sequence}`,
    chosenName: null,
    chosenLastName: null,
    credentials: ['MD'],
    pronouns: 'they/them',
    bio: 'Gynecologist; unhurried appointments.',
    phone: '785-555-0100',
    acceptingNewPatients: true,
    offersTelehealth: true,
    specialties: [{ specialty: 'gynecology', primary: true }],
    careAttributes: ['lgbtq-affirming', 'trauma-informed'],
    languages: ['en'],
    insurancePlans: ['aetna'],
    locations: [{ name: 'Kaw Valley Clinic', street: '1 Mass St', hideStreet: false, zip: '66044' }],
    licenses: [{ state: 'KS', licenseType: 'MD', number: `KS-${sequence}`, expiresOn: daysFromToday(400) }],
    attestation: { version: AFFIRMING_CARE_ATTESTATION.version },
    ...overrides,
  };
}

export const MANAGED_LISTING_FIELDS = `
  id status reviewStatus version ownerAccountId npi firstName lastName credentials bio phone acceptingNewPatients
  specialties { code primary } careAttributes { slug evidence }
  licenses { id state licenseType number expiresOn verification verificationSource }
  locations { city state zip street hideStreet }
  attestation { version current } reverifyOn lastVerifiedAt
  openRevision { id status changes { firstName lastName npi } }
  revisions { id status }`;
