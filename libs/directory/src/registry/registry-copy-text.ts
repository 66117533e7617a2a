import { hash } from 'node:crypto';
import { copyLine } from '../bulk/copy-text';
import { DeactivationRow, PractitionerRow } from './nppes-record';

/** The columns a file fills, in registry_practitioners' order. */
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

/** A new practitioner goes straight into the registry with these columns. */
export const REGISTRY_COLUMNS = [...CONTENT_COLUMNS, 'content_hash', 'source_file', 'source_date'] as const;
/** A change to a row the registry holds is staged with these, then merged. */
export const STAGING_COLUMNS = [...CONTENT_COLUMNS, 'content_hash', 'deactivation_only'] as const;

/** A practitioner's content as COPY text (no line end) and its hash: the same content always hashes the same. */
export function practitionerContent(row: PractitionerRow): { content: string; hash: string } {
  const content = copyLine([
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
  ]).slice(0, -1);
  return { content, hash: hash('md5', content) };
}

export function registryLine(content: string, hash: string, source: { fileName: string; dataDate: string }): string {
  return `${content}\t${hash}\t${copyLine([source.fileName, source.dataDate])}`;
}

export function stagedChangeLine(content: string, hash: string): string {
  return `${content}\t${hash}\tf\n`;
}

export function stagedDeactivationLine(row: DeactivationRow): string {
  const content: Record<(typeof CONTENT_COLUMNS)[number], string | null> = Object.fromEntries(
    CONTENT_COLUMNS.map((column) => [column, null]),
  ) as never;
  content.npi = row.npi;
  content.deactivated_on = row.deactivatedOn;
  content.reactivated_on = row.reactivatedOn;
  content.deactivation_reason = row.deactivationReason;
  return copyLine([...CONTENT_COLUMNS.map((column) => content[column]), null, true]);
}
