import { ListingRevisionEntity, OPEN_REVISION_STATUSES } from '../entities/listing-revision.entity';
import { EvidenceLevel } from '../models/enums';
import { LicenseVerification } from '../models/listing-enums';
import { ListingRevision, ManagedLicense, ManagedListing } from '../models/managed-listing.model';
import { Vocabularies } from '../vocabulary/vocabulary.service';
import { AFFIRMING_CARE_ATTESTATION } from './affirming-care-attestation';
import { ListingSnapshot } from './listing-fields';
import { ListingView } from './listing.views';

/** Listing view → API model for its owner and admins; names come from the vocabularies. */
export function toManagedListing(
  { listing, revisions, latestDecision }: ListingView,
  vocabularies: Vocabularies,
): ManagedListing {
  const openRevision = revisions.find((r) => OPEN_REVISION_STATUSES.includes(r.status)) ?? null;
  const reviewStatus = openRevision?.status ?? listing.status;
  return {
    id: listing.id,
    status: listing.status,
    reviewStatus,
    version: listing.version,
    ownerAccountId: listing.ownerAccountId,
    npi: listing.npi,
    firstName: listing.firstName,
    lastName: listing.lastName,
    chosenName: listing.chosenName,
    chosenLastName: listing.chosenLastName,
    credentials: listing.credentials,
    pronouns: listing.pronouns,
    bio: listing.bio,
    phone: listing.phone,
    acceptingNewPatients: listing.acceptingNewPatients,
    offersTelehealth: listing.offersTelehealth,
    ...vocabularyFields(listing, vocabularies),
    locations: listing.locations,
    licenses: listing.licenseRecords.map(toManagedLicense),
    attestation:
      listing.attestationVersion && listing.attestedAt
        ? {
            version: listing.attestationVersion,
            attestedAt: listing.attestedAt,
            current: listing.attestationVersion === AFFIRMING_CARE_ATTESTATION.version,
          }
        : null,
    lastVerifiedAt: listing.lastVerifiedAt,
    reverifyOn: listing.reverifyOn,
    statusChangedAt: listing.statusChangedAt,
    openRevision: openRevision && toListingRevision(openRevision),
    revisions: revisions.map(toListingRevision),
    // A reason belongs to the decision that is still in force, not to one the provider has since answered.
    decisionNote: latestDecision?.status === reviewStatus ? latestDecision : null,
  };
}

export function toManagedLicense(license: ListingSnapshot['licenseRecords'][number]): ManagedLicense {
  return {
    ...license,
    verification: license.verification as LicenseVerification,
    verifiedAt: license.verifiedAt ? new Date(license.verifiedAt) : null,
  };
}

function vocabularyFields(listing: ListingSnapshot, vocabularies: Vocabularies) {
  const specialties = new Map(vocabularies.specialties.map((s) => [s.code, s]));
  const attributes = new Map(vocabularies.careAttributes.map((a) => [a.slug, a]));
  const languages = new Map(vocabularies.languages.map((l) => [l.code, l]));
  const plans = new Map(vocabularies.insurancePlans.map((p) => [p.slug, p]));
  return {
    specialties: listing.specialties.map(({ code, primary }) => {
      const specialty = specialties.get(code);
      // Unreachable: provider_specialties references specialties.
      if (!specialty) throw new Error(`unknown specialty ${code}`);
      return { code, primary, slug: specialty.slug, name: specialty.name, category: specialty.category };
    }),
    careAttributes: listing.careAttributeEvidence.map((a) => ({
      slug: a.slug,
      name: attributes.get(a.slug)?.name ?? a.slug,
      evidence: a.evidence as EvidenceLevel,
      evidencedOn: a.evidencedOn,
    })),
    languages: listing.languages.map((code) => ({ code, name: languages.get(code)?.name ?? code })),
    insurancePlans: listing.insurancePlans.map((slug) => ({ slug, name: plans.get(slug)?.name ?? slug })),
  };
}

export function toListingRevision(revision: ListingRevisionEntity): ListingRevision {
  return {
    id: revision.id,
    status: revision.status,
    authorAccountId: revision.authorAccountId,
    changes: revision.payload,
    createdAt: revision.createdAt,
    statusChangedAt: revision.statusChangedAt,
    decidedAt: revision.decidedAt,
  };
}
