import { ListingStatus } from './listing-lifecycle';

/** What vetting checks: changes to these on an approved listing wait for review. */
export interface VettedFields {
  npi: string;
  firstName: string;
  lastName: string;
  /** With chosenLastName, the name the public sees instead of the legal one; both or neither. */
  chosenName: string | null;
  chosenLastName: string | null;
  credentials: string[];
  specialties: Array<{ code: string; primary: boolean }>;
  careAttributes: string[];
  licenses: LicenseFields[];
}

export interface LicenseFields {
  state: string;
  licenseType: string;
  number: string;
  /** YYYY-MM-DD; null until the provider enters it (the NPI registry, which a claimed draft starts from, gives none). */
  expiresOn: string | null;
}

/** Everything else the public sees; published at once even on an approved listing. */
export interface OpenFields {
  pronouns: string | null;
  bio: string | null;
  phone: string | null;
  acceptingNewPatients: boolean;
  offersTelehealth: boolean;
  languages: string[];
  insurancePlans: string[];
  locations: LocationFields[];
}

export interface LocationFields {
  name: string | null;
  street: string | null;
  hideStreet: boolean;
  city: string;
  state: string;
  zip: string;
  latitude: number;
  longitude: number;
  phone: string | null;
}

/** A listing as its owner and admins see it, read from the source tables (the approved version once approved). */
export interface ListingSnapshot extends VettedFields, Omit<OpenFields, 'locations'> {
  id: string;
  ownerAccountId: string | null;
  status: ListingStatus;
  version: number;
  careAttributeEvidence: Array<{ slug: string; evidence: string; evidencedOn: string }>;
  licenseRecords: LicenseRecordView[];
  locations: Array<LocationFields & { id: string }>;
  attestationVersion: string | null;
  attestedAt: Date | null;
  lastVerifiedAt: Date | null;
  reverifyOn: string | null;
  statusChangedAt: Date;
}

export interface LicenseRecordView extends LicenseFields {
  id: string;
  verification: 'UNVERIFIED' | 'VERIFIED' | 'REJECTED';
  verifiedAt: string | null;
  verificationSource: string | null;
}

export function vettedFieldsOf(listing: VettedFields): VettedFields {
  return {
    npi: listing.npi,
    firstName: listing.firstName,
    lastName: listing.lastName,
    chosenName: listing.chosenName,
    chosenLastName: listing.chosenLastName,
    credentials: listing.credentials,
    specialties: listing.specialties,
    careAttributes: listing.careAttributes,
    licenses: listing.licenses,
  };
}

/** Equal as vetting sees them: order of specialties, attributes and licenses does not matter, credentials' does. */
export function sameVettedFields(a: VettedFields, b: VettedFields): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(fields: VettedFields): unknown[] {
  const byKey = <T>(items: T[], key: (item: T) => string) => [...items].sort((x, y) => key(x).localeCompare(key(y)));
  return [
    fields.npi,
    fields.firstName,
    fields.lastName,
    fields.chosenName,
    fields.chosenLastName,
    fields.credentials,
    byKey(fields.specialties, (s) => s.code).map((s) => [s.code, s.primary]),
    [...fields.careAttributes].sort(),
    byKey(fields.licenses, (l) => `${l.state}|${l.licenseType}|${l.number}`).map((l) => [
      l.state,
      l.licenseType,
      l.number,
      l.expiresOn,
    ]),
  ];
}
