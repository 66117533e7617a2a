import { Caller, Role } from '@app/auth';
import { PublicListingDocument } from './listing/public-listing.document';
import { EvidenceLevel } from './models/enums';
import { ProviderConnection, ProviderEdge } from './models/provider-connection.model';
import { Provider } from './models/provider.model';
import { Specialty } from './models/vocabulary.models';
import { ProviderSearchHit, ProviderSearchPage } from './search/provider-search.service';
import { SpecialtyCategory } from './search/search-criteria';
import { VocabularyNames } from './vocabulary/localized-vocabularies';
import { ScopedSpecialty } from './vocabulary/vocabulary.service';

/** Who reads a public listing, as far as it changes what they see. */
export interface ListingReader {
  /** The national registry shows the NPI with the legal name: whoever has one can find the other. */
  seesNpi: boolean;
  /** The vocabulary names in the reader's language; null keeps the listing's own (English). */
  names: VocabularyNames | null;
}

const NPI_READERS: readonly Role[] = [Role.THERAPIST, Role.ADMIN];

export function listingReader(caller: Caller | null, names: VocabularyNames | null = null): ListingReader {
  return { seesNpi: caller !== null && NPI_READERS.includes(caller.role), names };
}

/** Public listing document → API model. Telehealth states are derived here so an expired license drops out today. */
export function toProvider(
  document: PublicListingDocument,
  reader: ListingReader,
  today = new Date().toISOString().slice(0, 10),
): Provider {
  const activeLicenseStates = document.licenses.filter((l) => l.expiresOn >= today).map((l) => l.state);
  const { names } = reader;
  const name = `${document.firstName} ${document.lastName}`;
  return {
    id: document.id,
    npi: reader.seesNpi ? document.npi : null,
    displayName: document.credentials.length ? `${name}, ${document.credentials.join(', ')}` : name,
    firstName: document.firstName,
    lastName: document.lastName,
    credentials: document.credentials,
    pronouns: document.pronouns,
    bio: document.bio,
    phone: document.phone,
    acceptingNewPatients: document.acceptingNewPatients,
    offersTelehealth: document.offersTelehealth,
    telehealthStates: document.offersTelehealth ? [...new Set(activeLicenseStates)] : [],
    specialties: document.specialties.map((s) => ({
      ...s,
      name: names?.specialties.get(s.code) ?? s.name,
      category: s.category as SpecialtyCategory,
    })),
    locations: document.locations,
    careAttributes: document.careAttributes.map((a) => ({
      ...a,
      name: names?.careAttributes.get(a.slug) ?? a.name,
      evidence: a.evidence as EvidenceLevel,
    })),
    languages: names
      ? document.languages.map((l) => ({ ...l, name: names.languages.get(l.code) ?? l.name }))
      : document.languages,
    insurancePlans: document.insurance,
    lastVerifiedAt: document.lastVerifiedAt ? new Date(document.lastVerifiedAt) : null,
  };
}

export function toProviderEdge(hit: ProviderSearchHit, reader: ListingReader): ProviderEdge {
  return {
    cursor: hit.cursor,
    node: toProvider(hit.listing, reader),
    servesVia: hit.servesVia,
    distanceMiles: hit.distanceMiles,
  };
}

export function toProviderConnection(page: ProviderSearchPage, reader: ListingReader): ProviderConnection {
  const edges = page.nodes.map((hit) => toProviderEdge(hit, reader));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: page.pageInfo,
    totalCount: page.totalCount,
    totalCountIsExact: page.totalCountIsExact,
  };
}

/** The taxonomy row → API model: the code, the slug, NUCC's display name and the directory's category. */
export function toSpecialty({ code, slug, name, category }: ScopedSpecialty): Specialty {
  return { code, slug, name, category };
}
