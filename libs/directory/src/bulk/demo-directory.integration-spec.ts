import { isValidNpi } from '@app/shared';
import { useTestDatabase } from '@test/support/use-test-database';
import { AFFIRMING_CARE_ATTESTATION } from '../listing/affirming-care-attestation';
import { PractitionerRow } from '../registry/nppes-record';
import { practitionerContent } from '../registry/registry-copy-text';
import { DEMO_LISTING_COUNT, DEMO_REGISTRY_FILE, seedDemoDirectoryIfEmpty } from './demo-directory';
import { DEMO_SUBMITTED_COUNT } from './demo-directory.repository';

describe('seedDemoDirectoryIfEmpty', () => {
  const handle = useTestDatabase();
  const rows = async (sql: string) => (await handle.client().query(sql)).rows;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    expect(await seedDemoDirectoryIfEmpty(handle.client(), today)).toBe(DEMO_LISTING_COUNT);
  });

  it('leaves a few submitted listings ready to vet (attested, licenses current and unverified), once', async () => {
    expect(await seedDemoDirectoryIfEmpty(handle.client(), today)).toBe(0);

    const submitted = await rows(
      `SELECT p.attestation_version,
              bool_and(l.verification = 'UNVERIFIED') AS unverified, bool_and(l.expires_on > current_date) AS current
       FROM providers p JOIN licenses l ON l.provider_id = p.id
       WHERE p.status = 'SUBMITTED' GROUP BY p.id ORDER BY p.status_changed_at`,
    );
    expect(submitted).toEqual(
      Array.from({ length: DEMO_SUBMITTED_COUNT }, () => ({
        attestation_version: AFFIRMING_CARE_ATTESTATION.version,
        unverified: true,
        current: true,
      })),
    );
    expect(await rows('SELECT count(*)::int AS count FROM providers')).toEqual([{ count: DEMO_LISTING_COUNT }]);
    expect(await rows('SELECT count(*)::int AS count FROM registry_imports')).toEqual([{ count: 1 }]);
  });

  it('puts a synthetic registry beside it, dated today, with NPIs never issued and hashed as the importer does', async () => {
    const registry = await rows(
      `SELECT npi, content_hash, source_file, source_date::text AS source_date FROM registry_practitioners`,
    );
    expect(registry.length).toBeGreaterThan(DEMO_LISTING_COUNT);
    const npis: string[] = registry.map((row) => row.npi);
    expect(npis.filter((npi) => !npi.startsWith('9') || !isValidNpi(npi))).toEqual([]);
    expect(new Set(registry.map((row) => `${row.source_file} ${row.source_date}`))).toEqual(
      new Set([`${DEMO_REGISTRY_FILE} ${today}`]),
    );
    expect(await rows(`SELECT file_name, file_kind, data_date::text AS data_date FROM registry_imports`)).toEqual([
      { file_name: DEMO_REGISTRY_FILE, file_kind: 'FULL', data_date: today },
    ]);
    const stored = await rows(
      `SELECT npi, last_name AS "lastName", first_name AS "firstName", middle_name AS "middleName",
              name_prefix AS "namePrefix", name_suffix AS "nameSuffix", credentials, sex_code AS "sexCode", taxonomies,
              primary_taxonomy_code AS "primaryTaxonomyCode", practice_line1 AS "practiceLine1",
              practice_line2 AS "practiceLine2", practice_city AS "practiceCity", practice_state AS "practiceState",
              practice_postal_code AS "practicePostalCode", practice_phone AS "practicePhone",
              enumerated_on::text AS "enumeratedOn", last_updated_on::text AS "lastUpdatedOn",
              deactivated_on::text AS "deactivatedOn", deactivation_reason AS "deactivationReason",
              reactivated_on::text AS "reactivatedOn", content_hash
       FROM registry_practitioners`,
    );
    // As the importer reads a file's row: jsonb keeps the slots' keys in an order of its own.
    const asImported = ({ taxonomies, ...row }: PractitionerRow & { content_hash: string }): PractitionerRow => ({
      ...row,
      taxonomies: taxonomies.map(({ code, licenseNumber, licenseState, primary }) => ({
        code,
        licenseNumber,
        licenseState,
        primary,
      })),
    });
    const rehashed = stored.filter((row) => practitionerContent(asImported(row)).hash !== row.content_hash);
    expect(rehashed).toEqual([]);
  });

  it('gives the review queue a matching record, a record under another last name and no record', async () => {
    const queue = await rows(
      `SELECT CASE
                WHEN r.npi IS NULL THEN 'NOT_IN_REGISTRY'
                WHEN upper(r.first_name) = upper(p.first_name) AND upper(r.last_name) = upper(p.last_name) THEN 'MATCH'
                WHEN upper(r.first_name) = upper(p.first_name) THEN 'LAST_NAME_DIFFERS'
              END AS verdict,
              r.primary_taxonomy_code = s.specialty_code AS same_specialty,
              r.taxonomies @> jsonb_build_array(jsonb_build_object('licenseNumber', l.number, 'licenseState', l.state))
                AS same_license
       FROM providers p
       JOIN provider_specialties s ON s.provider_id = p.id AND s.is_primary
       JOIN licenses l ON l.provider_id = p.id
       JOIN practice_locations home ON home.provider_id = p.id AND home.position = 0 AND home.state = l.state
       LEFT JOIN registry_practitioners r ON r.npi = p.npi
       WHERE p.status = 'SUBMITTED' ORDER BY p.npi`,
    );
    expect(queue).toEqual([
      { verdict: 'MATCH', same_specialty: true, same_license: true },
      { verdict: 'LAST_NAME_DIFFERS', same_specialty: true, same_license: true },
      { verdict: 'NOT_IN_REGISTRY', same_specialty: null, same_license: null },
    ]);
  });

  it('has unlisted, active candidates in the focus states, some deactivated and one reactivated', async () => {
    const candidates = await rows(
      `SELECT r.practice_state AS state, count(*)::int AS count
       FROM registry_practitioners r
       WHERE NOT EXISTS (SELECT 1 FROM providers p WHERE p.npi = r.npi)
         AND (r.deactivated_on IS NULL OR r.reactivated_on >= r.deactivated_on)
         AND r.taxonomy_codes && ARRAY(SELECT code::text FROM specialties WHERE category = 'gynecology')
       GROUP BY r.practice_state`,
    );
    const byState = new Map(candidates.map((row) => [row.state, row.count]));
    for (const state of ['IL', 'IN', 'ID', 'KS', 'LA']) expect(byState.get(state)).toBeGreaterThanOrEqual(2);
    const [deactivations] = await rows(
      `SELECT count(*) FILTER (WHERE reactivated_on IS NULL)::int AS deactivated,
              count(*) FILTER (WHERE reactivated_on > deactivated_on)::int AS reactivated
       FROM registry_practitioners WHERE deactivated_on IS NOT NULL`,
    );
    expect(deactivations.deactivated).toBeGreaterThan(1);
    expect(deactivations.reactivated).toBe(1);
    const [outOfScope] = await rows(
      `SELECT count(*)::int AS count FROM registry_practitioners r
       WHERE EXISTS (SELECT 1 FROM unnest(r.taxonomy_codes) AS t(code) JOIN specialties s ON s.code = t.code
                     WHERE s.category IS NULL)`,
    );
    expect(outOfScope.count).toBeGreaterThan(0);
  });
});
