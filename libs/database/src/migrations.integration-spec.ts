import { withNpiCheckDigit } from '@app/shared';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryResultRow } from 'pg';
import { ALL_MIGRATIONS } from '../../../migrations';
import { useTestDatabase } from '@test/support/use-test-database';
import { revertLastMigration, runMigrations } from './migrate';

// The codes listed before the whole taxonomy was loaded: listings and URLs use their slugs, which must not change.
const FIRST_SPECIALTIES = [
  ['207V00000X', 'gynecology', 'obstetrics-gynecology'],
  ['207VG0400X', 'gynecology', 'gynecology'],
  ['207VC0300X', 'gynecology', 'complex-family-planning'],
  ['207VF0040X', 'gynecology', 'urogynecology'],
  ['207VE0102X', 'gynecology', 'reproductive-endocrinology'],
  ['363LX0001X', 'gynecology', 'ob-gyn-nurse-practitioner'],
  ['363LW0102X', 'gynecology', 'womens-health-nurse-practitioner'],
  ['364SW0102X', 'gynecology', 'womens-health-clinical-nurse-specialist'],
  ['367A00000X', 'gynecology', 'nurse-midwife'],
  ['176B00000X', 'gynecology', 'midwife'],
  ['207Q00000X', 'primary-care', 'family-medicine'],
  ['207QA0000X', 'primary-care', 'adolescent-medicine-family-medicine'],
  ['207QA0505X', 'primary-care', 'adult-medicine'],
  ['207R00000X', 'primary-care', 'internal-medicine'],
  ['207RA0000X', 'primary-care', 'adolescent-medicine-internal-medicine'],
  ['208D00000X', 'primary-care', 'general-practice'],
  ['2080A0000X', 'primary-care', 'pediatric-adolescent-medicine'],
  ['363LF0000X', 'primary-care', 'family-nurse-practitioner'],
  ['363LP2300X', 'primary-care', 'primary-care-nurse-practitioner'],
  ['363LA2200X', 'primary-care', 'adult-health-nurse-practitioner'],
  ['363L00000X', 'primary-care', 'nurse-practitioner'],
  ['363A00000X', 'primary-care', 'physician-assistant'],
  ['363AM0700X', 'primary-care', 'medical-physician-assistant'],
].map(([code, category, slug]) => ({ code, category, slug }));

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
      (SELECT count(*) FROM care_attributes WHERE baseline)::int AS baseline`)
    ).rows[0];
    expect(counts).toEqual({ states: 56, baseline: 2 });
  });

  it('loads the whole NUCC taxonomy, in scope exactly as the scope file says', async () => {
    const scope = parse<{ code: string; category: string; slug: string }>(
      readFileSync(join(__dirname, '../../../data/nucc/directory-scope.csv')),
      { columns: true, comment: '#' },
    );
    const counts = (
      await client().query(`SELECT count(*)::int AS codes, count(retired_on)::int AS retired,
        count(*) FILTER (WHERE grouping <> '' AND classification <> '' AND name <> '')::int AS described
        FROM specialties`)
    ).rows[0];
    expect(counts).toEqual({ codes: 874, retired: 0, described: 874 });
    const inScope = await client().query(
      'SELECT code, category, slug FROM specialties WHERE category IS NOT NULL ORDER BY code',
    );
    expect(inScope.rows).toEqual([...scope].sort((a, b) => a.code.localeCompare(b.code)));
    expect(inScope.rows).toEqual(expect.arrayContaining(FIRST_SPECIALTIES));
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
      `INSERT INTO specialties (code, slug, name, grouping, classification, category)
       VALUES ('207X00000X', 'x', 'X', 'G', 'C', 'dermatology')`,
      null,
    ],
    [
      'an in-scope specialty without a slug',
      `INSERT INTO specialties (code, name, grouping, classification, category)
       VALUES ('207X00000X', 'X', 'G', 'C', 'gynecology')`,
      'specialties_in_scope_has_slug',
    ],
  ])('refuses %s', async (_, sql, constraint) => {
    const failure = client().query(sql);
    await expect(failure).rejects.toThrow();
    if (constraint) await expect(client().query(sql)).rejects.toMatchObject({ constraint });
  });
});
