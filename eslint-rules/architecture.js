// The one description of the code base's boundaries: which library may import which, and which library owns each
// table. eslint.config.js and the local rules read it; ARCHITECTURE.md shows it, and architecture.spec.ts checks
// that the two agree and that every table the migrations create has an owner here.
const path = require('node:path');

/**
 * Libraries in dependency order: a library may import only libraries in earlier layers, never one in its own
 * layer or a later one. Apps may import any library; no library imports an app.
 */
const LIBRARY_LAYERS = [
  ['config', 'shared'],
  ['database'],
  ['notifications'],
  ['auth'],
  ['directory'],
  ['vetting', 'referrals'],
];

const LIBRARIES = LIBRARY_LAYERS.flat();

/** The libraries `library` may import. */
function importableBy(library) {
  const layer = LIBRARY_LAYERS.findIndex((names) => names.includes(library));
  return LIBRARY_LAYERS.slice(0, layer).flat();
}

/** Table → the only library whose code writes it (others read it through that library's public services). */
const TABLE_OWNERS = {
  migrations: 'database',

  notification_outbox: 'notifications',

  accounts: 'auth',
  account_audit_events: 'auth',
  login_throttles: 'auth',
  therapist_licenses: 'auth',
  account_link_tokens: 'auth',
  account_sessions: 'auth',
  account_refresh_tokens: 'auth',
  account_totp_secrets: 'auth',
  account_recovery_codes: 'auth',

  us_states: 'directory',
  specialties: 'directory',
  care_attributes: 'directory',
  languages: 'directory',
  insurance_plans: 'directory',
  care_attribute_translations: 'directory',
  specialty_translations: 'directory',
  us_state_translations: 'directory',
  providers: 'directory',
  provider_specialties: 'directory',
  provider_languages: 'directory',
  provider_insurance_plans: 'directory',
  provider_care_attributes: 'directory',
  practice_locations: 'directory',
  licenses: 'directory',
  listing_revisions: 'directory',
  listing_audit_events: 'directory',
  listing_claims: 'directory',
  listing_claim_licenses: 'directory',
  search_listings: 'directory',
  search_listing_states: 'directory',
  search_listing_locations: 'directory',
  registry_practitioners: 'directory',
  registry_imports: 'directory',

  referrals: 'referrals',
  referral_events: 'referrals',
  referral_audit_events: 'referrals',
  listing_referral_signals: 'referrals',
  listing_referral_flags: 'referrals',
};

/** SQL functions that write tables → the table they write (calling one is writing it). */
const WRITING_FUNCTIONS = {
  refresh_search_listings: 'search_listings',
  rebuild_search_listings: 'search_listings',
};

/** TypeORM entity class → its table, for writes through TypeORM rather than SQL text. */
const ENTITY_TABLES = {
  AccountEntity: 'accounts',
  CareAttributeEntity: 'care_attributes',
  InsurancePlanEntity: 'insurance_plans',
  LanguageEntity: 'languages',
  ListingAuditEventEntity: 'listing_audit_events',
  ListingRevisionEntity: 'listing_revisions',
  ProviderEntity: 'providers',
  ReferralEntity: 'referrals',
  SpecialtyEntity: 'specialties',
};

const REPOSITORY_ROOT = path.resolve(__dirname, '..');

/** The file's path from the repository root, with forward slashes. */
function repositoryPath(filename) {
  return path.relative(REPOSITORY_ROOT, path.resolve(filename)).split(path.sep).join('/');
}

/** `{ kind: 'lib' | 'app', name }` for code inside a library or an app, else null (tests, bench, migrations…). */
function unitOf(filename) {
  const match = /^(libs|apps)\/([^/]+)\//.exec(repositoryPath(filename));
  if (!match) return null;
  return { kind: match[1] === 'libs' ? 'lib' : 'app', name: match[2] };
}

const TEST_FILE = /\.(spec|integration-spec|service-spec|e2e-spec|browser-spec)\.tsx?$/;

/** Test code: spec files anywhere and everything under test/. */
function isTestCode(filename) {
  const file = repositoryPath(filename);
  return TEST_FILE.test(file) || file.startsWith('test/');
}

module.exports = {
  ENTITY_TABLES,
  LIBRARIES,
  LIBRARY_LAYERS,
  REPOSITORY_ROOT,
  TABLE_OWNERS,
  WRITING_FUNCTIONS,
  importableBy,
  isTestCode,
  repositoryPath,
  unitOf,
};
