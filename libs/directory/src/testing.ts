// For tests and the benchmark only (lint refuses it elsewhere): writing listings straight into the tables, the
// synthetic directory and registry, the state machine's table, the search statements the benchmark runs raw, and NPPES files.
export { copyListingRows, LISTING_TABLES, loadListings } from './bulk/listing-loader.repository';
export type { LicenseRecord, ListingRecord, LocationRecord } from './bulk/listing-record';
export { seedDemoRegistry } from './bulk/demo-directory';
export { SeededRandom } from './bulk/seeded-random';
export { FOCUS_STATES, syntheticListing, syntheticListings } from './bulk/synthetic-listings';
export type { SyntheticOptions } from './bulk/synthetic-listings';
export { TRANSITIONS } from './listing/listing-lifecycle';
export { withNpiCheckDigit } from '@app/shared';
export { ProviderSearchService } from './search/provider-search.service';
export { ProviderSort } from './search/search-criteria';
export type { SearchStatements } from './search/provider-search.sql';
export { nppesHeader } from './registry/nppes-layout';
// Every column an import writes (the timestamps left to their defaults aside), for the benchmark's plain COPY.
export { REGISTRY_COLUMNS } from './registry/registry-copy-text';
export {
  nppesBareDeactivation,
  nppesCsv,
  nppesLine,
  nppesPractitioner,
  writeSyntheticNppesFile,
} from './registry/nppes-file-writer';
export type {
  NppesPractitionerSpec,
  NppesValues,
  SyntheticNppesMix,
  SyntheticNppesOptions,
} from './registry/nppes-file-writer';
