/** The public listing as stored in search_listings.document (built by the search_listing_source view). */
export interface PublicListingDocument {
  id: string;
  npi: string;
  firstName: string;
  lastName: string;
  credentials: string[];
  pronouns: string | null;
  bio: string | null;
  phone: string | null;
  acceptingNewPatients: boolean;
  offersTelehealth: boolean;
  lastVerifiedAt: string | null;
  specialties: Array<{ code: string; slug: string; name: string; category: string; primary: boolean }>;
  locations: Array<{
    id: string;
    name: string | null;
    street: string | null;
    streetHidden: boolean;
    city: string;
    state: string;
    zip: string;
    latitude: number | null;
    longitude: number | null;
    phone: string | null;
  }>;
  licenses: Array<{ state: string; type: string; expiresOn: string }>;
  careAttributes: Array<{ slug: string; name: string; evidence: string; evidencedOn: string }>;
  languages: Array<{ code: string; name: string }>;
  insurance: Array<{ slug: string; name: string }>;
}
