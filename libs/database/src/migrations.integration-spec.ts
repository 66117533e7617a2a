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
