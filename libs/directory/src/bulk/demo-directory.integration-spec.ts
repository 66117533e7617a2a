import { useTestDatabase } from '@test/support/use-test-database';
import { AFFIRMING_CARE_ATTESTATION } from '../listing/affirming-care-attestation';
import { DEMO_LISTING_COUNT, seedDemoDirectoryIfEmpty } from './demo-directory';
import { DEMO_SUBMITTED_COUNT } from './demo-directory.repository';

describe('seedDemoDirectoryIfEmpty', () => {
  const handle = useTestDatabase();
  const rows = async (sql: string) => (await handle.client().query(sql)).rows;

  it('leaves a few submitted listings ready to vet (attested, licenses current and unverified), once', async () => {
    expect(await seedDemoDirectoryIfEmpty(handle.client())).toBe(DEMO_LISTING_COUNT);
    expect(await seedDemoDirectoryIfEmpty(handle.client())).toBe(0);

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
  });
});
