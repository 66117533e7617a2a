// What other libraries and the apps may use. Entities, repositories and SQL stay inside; tests reach the bulk
// loader and the synthetic data through './testing'.
export { giveDemoListing, seedDemoDirectoryIfEmpty } from './bulk/demo-directory';
export { DirectoryCoreModule } from './directory-core.module';
export { DirectoryModule } from './directory.module';
export { AFFIRMING_CARE_ATTESTATION } from './listing/affirming-care-attestation';
export type { ListingAuditRecord } from './listing/listing-audit.repository';
export { ClaimStatus } from './listing/listing-claim-rules';
export type { ClaimRecord } from './listing/listing-claim.repository';
export { toListingClaim } from './listing/listing-claim.mapper';
export { ListingClaims } from './listing/listing-claims.service';
export type { ClaimReview } from './listing/listing-claims.service';
export type { EvidenceDecision, LicenseCheck, RefusedLicenseCheck } from './listing/listing-content.repository';
export type { ListingSnapshot } from './listing/listing-fields';
export { ListingAction, ListingStatus } from './listing/listing-lifecycle';
export type { ListingAvailability, ListingSummary, VerifiedAt } from './listing/listing-lookup.repository';
export { ListingLookup } from './listing/listing-lookup.service';
export { ListingReviewQueue } from './listing/listing-review-queue.service';
export { ListingTransitions } from './listing/listing-transitions';
export type { ReviewSubject, TransitionRequest } from './listing/listing-transitions';
export { ListingVerification } from './listing/listing-verification.service';
export { toManagedLicense, toManagedListing } from './listing/listing.mapper';
export { ListingViews } from './listing/listing.views';
export type { ListingView } from './listing/listing.views';
export type { QueuePosition, QueueRow } from './listing/review-queue.repository';
export { EvidenceLevel } from './models/enums';
export { LicenseVerification } from './models/listing-enums';
export { ClaimLicense, ListingClaim } from './models/listing-claim.model';
export { ListingLicense, ManagedLicense, ManagedListing } from './models/managed-listing.model';
export { isActiveRecord } from './registry/registry.models';
export type { RegistryCandidateFilter, RegistryRecord, RegistryTaxonomy } from './registry/registry.models';
export { RegistryRecords } from './registry/registry-records.service';
export { SpecialtyCategory } from './search/search-criteria';
export type { TaxonomyImportPlan } from './vocabulary/taxonomy-import.plan';
export { TaxonomyImport } from './vocabulary/taxonomy-import.service';
export { VocabularyModule } from './vocabulary/vocabulary.module';
export { RegistryFileKind } from './registry/registry-file-kind';
export { RegistryImport } from './registry/registry-import.service';
export type {
  BadLine,
  ImportProgress,
  RegistryImportOptions,
  RegistryImportSummary,
} from './registry/registry-import.service';
export { RegistryImportModule } from './registry/registry.module';
export { RegistryFileError } from './registry/registry.errors';
export { VocabularyService } from './vocabulary/vocabulary.service';
export type { Vocabularies } from './vocabulary/vocabulary.service';
