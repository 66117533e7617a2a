import { aListing } from '@test/factories/listing.factory';
import { useTestDatabase } from '@test/support/use-test-database';
import { seedDemoAccounts } from './demo-accounts';

describe('seedDemoAccounts', () => {
  const handle = useTestDatabase([aListing(), aListing()]);

  const accounts = async () =>
    (await handle.client().query(`SELECT email, role, status FROM accounts ORDER BY email`)).rows;
  const owned = async () =>
    (
      await handle
        .client()
        .query(
          `SELECT a.email, p.attestation_version IS NOT NULL AS attested FROM providers p JOIN accounts a ON a.id = p.owner_account_id`,
        )
    ).rows;

  const licenses = async () =>
    (
      await handle
        .client()
        .query(
          `SELECT a.email, l.verified_at IS NOT NULL AS verified FROM therapist_licenses l JOIN accounts a ON a.id = l.account_id`,
        )
    ).rows;

  it('adds the active demo accounts and gives the demo provider one approved listing and the demo therapist one verified license, once', async () => {
    await seedDemoAccounts(handle.database().url);
    await seedDemoAccounts(handle.database().url);

    expect(await accounts()).toEqual([
      { email: 'admin@demo.test', role: 'ADMIN', status: 'ACTIVE' },
      { email: 'provider@demo.test', role: 'PROVIDER', status: 'ACTIVE' },
      { email: 'therapist@demo.test', role: 'THERAPIST', status: 'ACTIVE' },
    ]);
    expect(await owned()).toEqual([{ email: 'provider@demo.test', attested: true }]);
    expect(await licenses()).toEqual([{ email: 'therapist@demo.test', verified: true }]);
  });
});
