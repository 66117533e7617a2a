import { CONTENT_COLUMNS, STAGING_COLUMNS } from './registry-copy-text';

type Column = (typeof CONTENT_COLUMNS)[number];

// content_hash is PostgreSQL's own: the same expression over the staged row and over a row changed in place gives the
// same hash for the same values, whatever their source. ROW(...)::text tells NULL from an empty string.
const contentHash = (value: (column: Column) => string) => `md5(ROW(${CONTENT_COLUMNS.map(value).join(', ')})::text)`;

/** Deactivated: a deactivation date with no reactivation on or after it. */
const isDeactivated = (deactivatedOn: string, reactivatedOn: string) =>
  `(${deactivatedOn} IS NOT NULL AND (${reactivatedOn} IS NULL OR ${reactivatedOn} < ${deactivatedOn}))`;

// Same types as the registry, no constraints, dropped with the transaction.
export const CREATE_STAGING = `
  CREATE TEMP TABLE registry_staging ON COMMIT DROP AS
  SELECT ${CONTENT_COLUMNS.join(', ')}, false AS deactivation_only FROM registry_practitioners WITH NO DATA`;

export const CREATE_NEWLY_DEACTIVATED = `
  CREATE TEMP TABLE registry_newly_deactivated (npi char(10) PRIMARY KEY) ON COMMIT DROP`;

export const COPY_STAGING = `COPY registry_staging (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

const contentUpdates = CONTENT_COLUMNS.filter((column) => column !== 'npi')
  .map((column) => `${column} = EXCLUDED.${column}`)
  .join(', ');

/**
 * Merges one staged batch ($1 file name, $2 data date) and reports what it changed. In one statement, so `prior`
 * sees the rows as they were before it:
 * - practitioner rows are inserted, or replace a row whose content differs, unless theirs is an older update;
 * - bare deactivations change the deactivation of rows the registry holds, unless it already knows a later one;
 * - NPIs deactivated by this batch that were not before are noted for re-verifying their listings.
 */
export const MERGE_STAGING = `
  WITH prior AS (
    SELECT r.npi, ${isDeactivated('r.deactivated_on', 'r.reactivated_on')} AS deactivated
    FROM registry_staging s JOIN registry_practitioners r ON r.npi = s.npi
    WHERE s.deactivated_on IS NOT NULL
  ), written AS (
    INSERT INTO registry_practitioners AS r (${CONTENT_COLUMNS.join(', ')}, content_hash, source_file, source_date)
    SELECT ${CONTENT_COLUMNS.join(', ')}, ${contentHash((column) => `s.${column}`)}, $1, $2
    FROM registry_staging s WHERE NOT s.deactivation_only
    ON CONFLICT (npi) DO UPDATE SET ${contentUpdates}, content_hash = EXCLUDED.content_hash,
      source_file = EXCLUDED.source_file, source_date = EXCLUDED.source_date, changed_at = now()
    WHERE r.content_hash <> EXCLUDED.content_hash
      AND (r.last_updated_on IS NULL OR EXCLUDED.last_updated_on IS NULL OR EXCLUDED.last_updated_on >= r.last_updated_on)
    RETURNING r.npi, ${isDeactivated('r.deactivated_on', 'r.reactivated_on')} AS deactivated
  ), deactivated AS (
    UPDATE registry_practitioners r SET
      deactivated_on = s.deactivated_on,
      reactivated_on = coalesce(s.reactivated_on, r.reactivated_on),
      deactivation_reason = s.deactivation_reason,
      content_hash = ${contentHash((column) =>
        column === 'deactivated_on' || column === 'deactivation_reason'
          ? `s.${column}`
          : column === 'reactivated_on'
            ? 'coalesce(s.reactivated_on, r.reactivated_on)'
            : `r.${column}`,
      )},
      source_file = $1, source_date = $2, changed_at = now()
    FROM registry_staging s
    WHERE s.deactivation_only AND r.npi = s.npi
      AND (r.deactivated_on IS NULL OR s.deactivated_on >= r.deactivated_on)
      AND (r.deactivated_on, r.reactivated_on, r.deactivation_reason)
        IS DISTINCT FROM (s.deactivated_on, coalesce(s.reactivated_on, r.reactivated_on), s.deactivation_reason)
    RETURNING r.npi, ${isDeactivated('s.deactivated_on', 'coalesce(s.reactivated_on, r.reactivated_on)')} AS deactivated
  ), changed AS (
    SELECT npi, deactivated FROM written UNION ALL SELECT npi, deactivated FROM deactivated
  ), noted AS (
    INSERT INTO registry_newly_deactivated (npi)
    SELECT c.npi FROM changed c LEFT JOIN prior p ON p.npi = c.npi
    WHERE c.deactivated AND NOT coalesce(p.deactivated, false)
    ON CONFLICT DO NOTHING
    RETURNING npi
  )
  SELECT
    (SELECT count(*) FROM changed)::int AS changed,
    (SELECT count(*) FROM noted)::int AS newly_deactivated,
    (SELECT count(*) FROM registry_staging s WHERE s.deactivation_only
       AND NOT EXISTS (SELECT 1 FROM prior p WHERE p.npi = s.npi))::int AS unknown_deactivations`;

/** Approved listings whose NPI this file deactivated and that is still deactivated at its end. */
export const APPROVED_LISTINGS_NEWLY_DEACTIVATED = `
  SELECT p.id FROM registry_newly_deactivated d
  JOIN registry_practitioners r ON r.npi = d.npi
  JOIN providers p ON p.npi = d.npi
  WHERE p.status = 'APPROVED' AND ${isDeactivated('r.deactivated_on', 'r.reactivated_on')}
  ORDER BY p.id`;
