import { withNpiCheckDigit } from '@app/shared';
import type { QueryResultRow } from 'pg';
import { ALL_MIGRATIONS } from '../../../migrations';
import { useTestDatabase } from '@test/support/use-test-database';
import { revertLastMigration, runMigrations } from './migrate';

describe('migrations', () => {
  const handle = useTestDatabase();
  const client = () => handle.client();

  const tables = async () =>
    (
      await client().query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      )
    ).rows.map((r) => r.table_name);

  it('reverts every migration cleanly and applies them again', async () => {
    const before = await tables();
    expect(before).toEqual(expect.arrayContaining(['providers', 'licenses', 'search_listings', 'specialties']));

    for (let i = 0; i < ALL_MIGRATIONS.length; i++) await revertLastMigration(handle.database().url);
    expect(await tables()).toEqual([]);

    const applied = await runMigrations(handle.database().url);
    expect(applied).toHaveLength(ALL_MIGRATIONS.length);
    expect(await tables()).toEqual(before);
  });

  it('lists a provider who chose only a given name under the family name they were listed with', async () => {
    const isApplied = async (name: string) =>
      (await client().query('SELECT 1 FROM migrations WHERE name = $1', [name])).rowCount === 1;
    while (await isApplied('PublicNameIsChosenName1795892000000')) await revertLastMigration(handle.database().url);
    const { id } = (
      await client().query<{ id: string }>(`
        INSERT INTO providers (npi, first_name, last_name, chosen_name, status)
        VALUES ('1234567893', 'Margaret', 'Okafor', 'Rowan', 'APPROVED') RETURNING id`)
    ).rows[0];
    await client().query('SELECT refresh_search_listings($1::uuid[])', [[id]]);

    await runMigrations(handle.database().url);

    const listed = await client().query(
      `SELECT p.chosen_last_name, s.document->>'firstName' AS first, s.document->>'lastName' AS last
       FROM providers p JOIN search_listings s ON s.provider_id = p.id WHERE p.id = $1`,
      [id],
    );
    expect(listed.rows).toEqual([{ chosen_last_name: 'Okafor', first: 'Rowan', last: 'Okafor' }]);
    await client().query('DELETE FROM providers WHERE id = $1', [id]);
  });

  it('moves claims out of listing revisions, keeping their ids and pointing their audit rows at them', async () => {
    const isApplied = async (name: string) =>
      (await client().query('SELECT 1 FROM migrations WHERE name = $1', [name])).rowCount === 1;
    while (await isApplied('FairListingClaims1795897000000')) await revertLastMigration(handle.database().url);
    const one = async <T extends QueryResultRow>(sql: string, params: unknown[] = []) =>
      (await client().query<T>(sql, params)).rows[0];
    const { listing } = await one<{ listing: string }>(
      `INSERT INTO providers (npi, first_name, last_name, status) VALUES ($1, 'Ada', 'Claimed', 'APPROVED')
       RETURNING id AS listing`,
      [withNpiCheckDigit('987650001')],
    );
    const { claimant } = await one<{ claimant: string }>(
      `INSERT INTO accounts (email, password_hash, display_name, role, status)
       VALUES ('claimant@example.test', 'x', 'Claimant', 'PROVIDER', 'ACTIVE') RETURNING id AS claimant`,
    );
    const { revision } = await one<{ revision: string }>(
      `INSERT INTO listing_revisions (provider_id, kind, status, author_account_id)
       VALUES ($1, 'CLAIM', 'IN_REVIEW', $2) RETURNING id AS revision`,
      [listing, claimant],
    );
    await client().query(
      `INSERT INTO listing_audit_events (provider_id, revision_id, actor_id, action) VALUES ($1, $2, $3, 'CLAIM_SUBMIT')`,
      [listing, revision, claimant],
    );

    await runMigrations(handle.database().url);

    expect(await one(`SELECT count(*)::int AS n FROM listing_revisions WHERE id = $1`, [revision])).toEqual({ n: 0 });
    expect(
      await one(
        `SELECT provider_id, claimant_account_id, status, expires_at > now() + interval '13 days' AS expires_later,
                (SELECT count(*)::int FROM listing_claim_licenses WHERE claim_id = c.id) AS licenses
         FROM listing_claims c WHERE id = $1`,
        [revision],
      ),
    ).toEqual({
      provider_id: listing,
      claimant_account_id: claimant,
      status: 'OPEN',
      expires_later: true,
      licenses: 0,
    });
    expect(
      await one('SELECT revision_id, claim_id FROM listing_audit_events WHERE provider_id = $1', [listing]),
    ).toEqual({ revision_id: null, claim_id: revision });
  });

  it('loads the reference vocabularies', async () => {
    const counts = (
      await client().query(`SELECT (SELECT count(*) FROM us_states)::int AS states,
      (SELECT count(*) FROM specialties WHERE category = 'gynecology')::int AS gynecology,
      (SELECT count(*) FROM specialties WHERE category = 'primary-care')::int AS primary_care,
      (SELECT count(*) FROM care_attributes WHERE baseline)::int AS baseline`)
    ).rows[0];
    expect(counts).toEqual({ states: 56, gynecology: 10, primary_care: 13, baseline: 2 });
  });

  it.each([
    [
      'an NPI that fails the check digit',
      `INSERT INTO providers (npi, first_name, last_name) VALUES ('1234567890', 'A', 'B')`,
      'providers_npi_check',
    ],
    [
      'half a chosen name',
      `INSERT INTO providers (npi, first_name, last_name, chosen_name) VALUES ('1234567893', 'A', 'B', 'C')`,
      'providers_chosen_name_whole',
    ],
    [
      'an unknown state',
      `INSERT INTO us_states (code, name, kind) VALUES ('zz', 'Nowhere', 'state')`,
      'us_states_code_check',
    ],
    [
      'an unknown specialty category',
      `INSERT INTO specialties (code, slug, name, category) VALUES ('207X00000X', 'x', 'X', 'dermatology')`,
      null,
    ],
  ])('refuses %s', async (_, sql, constraint) => {
    const failure = client().query(sql);
    await expect(failure).rejects.toThrow();
    if (constraint) await expect(client().query(sql)).rejects.toMatchObject({ constraint });
  });
});
