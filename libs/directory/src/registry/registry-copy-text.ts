import { copyLine } from '../bulk/copy-text';
import { DeactivationRow, PractitionerRow } from './nppes-record';

/** The columns a file fills, in registry_practitioners' order; the staging table has them plus `deactivation_only`. */
export const CONTENT_COLUMNS = [
  'npi',
  'last_name',
  'first_name',
  'middle_name',
  'name_prefix',
  'name_suffix',
  'credentials',
  'sex_code',
  'taxonomies',
  'taxonomy_codes',
  'primary_taxonomy_code',
  'practice_line1',
  'practice_line2',
  'practice_city',
  'practice_state',
  'practice_postal_code',
  'practice_phone',
  'enumerated_on',
  'last_updated_on',
  'deactivated_on',
  'deactivation_reason',
  'reactivated_on',
] as const;

export const STAGING_COLUMNS = [...CONTENT_COLUMNS, 'deactivation_only'] as const;

export function practitionerCopyLine(row: PractitionerRow): string {
  return copyLine([
    row.npi,
    row.lastName,
    row.firstName,
    row.middleName,
    row.namePrefix,
    row.nameSuffix,
    row.credentials,
    row.sexCode,
    JSON.stringify(row.taxonomies),
    row.taxonomies.map((taxonomy) => taxonomy.code),
    row.primaryTaxonomyCode,
    row.practiceLine1,
    row.practiceLine2,
    row.practiceCity,
    row.practiceState,
    row.practicePostalCode,
    row.practicePhone,
    row.enumeratedOn,
    row.lastUpdatedOn,
    row.deactivatedOn,
    row.deactivationReason,
    row.reactivatedOn,
    false,
  ]);
}

export function deactivationCopyLine(row: DeactivationRow): string {
  const content: Record<(typeof CONTENT_COLUMNS)[number], string | null> = Object.fromEntries(
    CONTENT_COLUMNS.map((column) => [column, null]),
  ) as never;
  content.npi = row.npi;
  content.deactivated_on = row.deactivatedOn;
  content.reactivated_on = row.reactivatedOn;
  content.deactivation_reason = row.deactivationReason;
  return copyLine([...CONTENT_COLUMNS.map((column) => content[column]), true]);
}
