import { CONTENT_COLUMNS, REGISTRY_COLUMNS, STAGING_COLUMNS } from './registry-copy-text';

/** Deactivated: a deactivation date with no reactivation on or after it. */
const isDeactivated = (deactivatedOn: string, reactivatedOn: string) =>
  `(${deactivatedOn} IS NOT NULL AND (${reactivatedOn} IS NULL OR ${reactivatedOn} < ${deactivatedOn}))`;

// Same types as the registry, no constraints, dropped with the transaction.
export const CREATE_STAGING = `
  CREATE TEMP TABLE registry_staging ON COMMIT DROP AS
  SELECT ${STAGING_COLUMNS.slice(0, -1).join(', ')}, false AS deactivation_only
  FROM registry_practitioners WITH NO DATA`;

export const CREATE_NEWLY_DEACTIVATED = `
  CREATE TEMP TABLE registry_newly_deactivated (npi char(10) PRIMARY KEY) ON COMMIT DROP`;

export const HELD_ROWS = `
  SELECT npi, content_hash, to_char(last_updated_on, 'YYYY-MM-DD') AS last_updated_on
  FROM registry_practitioners WHERE npi = ANY($1::char(10)[])`;

export const COPY_NEW_PRACTITIONERS = `COPY registry_practitioners (${REGISTRY_COLUMNS.join(', ')}) FROM STDIN`;

export const COPY_STAGING = `COPY registry_staging (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

export const RECORD_IMPORT = `
  INSERT INTO registry_imports
    (file_name, file_kind, data_date, rows_read, rows_kept, rows_skipped, rows_changed, started_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

export const NOTE_NEWLY_DEACTIVATED = `
  INSERT INTO registry_newly_deactivated (npi) SELECT unnest($1::char(10)[]) ON CONFLICT DO NOTHING RETURNING npi`;

const contentUpdates = CONTENT_COLUMNS.filter((column) => column !== 'npi')
  .map((column) => `${column} = s.${column}`)
  .join(', ');

/**
 * Merges the staged changes to rows the registry holds ($1 file name, $2 data date) and reports what changed. In one
 * statement, so `prior` sees the rows as they were before it:
 * - a practitioner row replaces the registry's (the service staged only rows that differ and are not older);
 * - a bare deactivation changes the row's deactivation, unless the registry already knows a later one; the hash then
 *   covers the deactivation too;
 * - NPIs deactivated by this batch that were not before are noted for re-verifying their listings.
 */
export const MERGE_STAGING = `
  WITH prior AS (
    SELECT r.npi, ${isDeactivated('r.deactivated_on', 'r.reactivated_on')} AS deactivated
    FROM registry_staging s JOIN registry_practitioners r ON r.npi = s.npi
  ), replaced AS (
    UPDATE registry_practitioners r SET ${contentUpdates}, content_hash = s.content_hash,
      source_file = $1, source_date = $2, changed_at = now()
    FROM registry_staging s
    WHERE NOT s.deactivation_only AND r.npi = s.npi
    RETURNING r.npi, ${isDeactivated('r.deactivated_on', 'r.reactivated_on')} AS deactivated
  ), deactivated AS (
    UPDATE registry_practitioners r SET
      deactivated_on = s.deactivated_on,
      reactivated_on = coalesce(s.reactivated_on, r.reactivated_on),
      deactivation_reason = s.deactivation_reason,
      content_hash = md5(r.content_hash || ROW(s.deactivated_on, s.reactivated_on, s.deactivation_reason)::text),
      source_file = $1, source_date = $2, changed_at = now()
    FROM registry_staging s
    WHERE s.deactivation_only AND r.npi = s.npi
      AND (r.deactivated_on IS NULL OR s.deactivated_on >= r.deactivated_on)
      AND (r.deactivated_on, r.reactivated_on, r.deactivation_reason)
        IS DISTINCT FROM (s.deactivated_on, coalesce(s.reactivated_on, r.reactivated_on), s.deactivation_reason)
    RETURNING r.npi, ${isDeactivated('r.deactivated_on', 'r.reactivated_on')} AS deactivated
  ), changed AS (
    SELECT npi, deactivated FROM replaced UNION ALL SELECT npi, deactivated FROM deactivated
  ), noted AS (
    INSERT INTO registry_newly_deactivated (npi)
    SELECT c.npi FROM changed c JOIN prior p ON p.npi = c.npi
    WHERE c.deactivated AND NOT p.deactivated
    ON CONFLICT DO NOTHING
    RETURNING npi
  )
  SELECT (SELECT count(*) FROM changed)::int AS changed, (SELECT count(*) FROM noted)::int AS newly_deactivated`;

/** Approved listings whose NPI this file deactivated and that is still deactivated at its end. */
export const APPROVED_LISTINGS_NEWLY_DEACTIVATED = `
  SELECT p.id FROM registry_newly_deactivated d
  JOIN registry_practitioners r ON r.npi = d.npi
  JOIN providers p ON p.npi = d.npi
  WHERE p.status = 'APPROVED' AND ${isDeactivated('r.deactivated_on', 'r.reactivated_on')}
  ORDER BY p.id`;
