/** Everything needed to write one listing and its children; used by demo data, test factories and the benchmark. */
export interface ListingRecord {
  id: string;
  npi: string;
  firstName: string;
  lastName: string;
  chosenName: string | null;
  chosenLastName: string | null;
  credentials: string[];
  pronouns: string | null;
  bio: string | null;
  phone: string | null;
  acceptingNewPatients: boolean;
  offersTelehealth: boolean;
  status: ListingStatusValue;
  lastVerifiedAt: Date | null;
  specialties: Array<{ code: string; primary: boolean }>;
  languages: string[];
  insurance: string[];
  attributes: Array<{ slug: string; evidence: EvidenceValue; evidencedOn: string }>;
  locations: LocationRecord[];
  licenses: LicenseRecord[];
}

export type ListingStatusValue =
  'DRAFT' | 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' | 'SUSPENDED' | 'ARCHIVED';

export type EvidenceValue = 'SELF_ATTESTED' | 'ADMIN_VERIFIED' | 'REFERRAL_CONFIRMED';

export interface LocationRecord {
  id: string;
  name: string | null;
  street: string | null;
  city: string;
  state: string;
  zip: string;
  latitude: number;
  longitude: number;
  hideStreet: boolean;
  phone: string | null;
}

export interface LicenseRecord {
  id: string;
  state: string;
  type: string;
  number: string;
  expiresOn: string;
  verification: 'UNVERIFIED' | 'VERIFIED' | 'REJECTED';
  verifiedAt: Date | null;
  source: string | null;
}
