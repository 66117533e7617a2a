import { fieldCipherFor } from '@app/config';
import { aListing } from '@test/factories/listing.factory';
import { useTestDatabase } from '@test/support/use-test-database';
import { seedDemoAccounts } from './demo-accounts';

const APP_SECRET = 'a demo secret that is long enough for the check';

describe('seedDemoAccounts', () => {
  const handle = useTestDatabase([aListing(), aListing()]);

  const rows = async (sql: string) => (await handle.client().query(sql)).rows;
  const accounts = () =>
    rows('SELECT email, role, status, email_verified_at IS NOT NULL AS confirmed FROM accounts ORDER BY email');
  const owned = () =>
    rows(
      'SELECT a.email, p.attestation_version IS NOT NULL AS attested FROM providers p JOIN accounts a ON a.id = p.owner_account_id',
    );
  const licenses = () =>
    rows(
      'SELECT a.email, l.verified_at IS NOT NULL AS verified FROM therapist_licenses l JOIN accounts a ON a.id = l.account_id',
    );
  const secondFactors = () =>
    rows(
      'SELECT a.email, s.confirmed_at IS NOT NULL AS confirmed, s.sealed_secret FROM account_totp_secrets s JOIN accounts a ON a.id = s.account_id',
    );
  const seed = () => seedDemoAccounts(handle.database().url, fieldCipherFor(APP_SECRET));

  it('adds the demo accounts, a therapist waiting for approval with an unchecked license among them, and gives the demo provider one approved listing and the demo therapist one verified license, once', async () => {
    await seed();
    await seed();

    expect(await accounts()).toEqual([
      { email: 'admin@demo.test', role: 'ADMIN', status: 'ACTIVE', confirmed: true },
      { email: 'pending-therapist@demo.test', role: 'THERAPIST', status: 'PENDING_APPROVAL', confirmed: true },
      { email: 'provider@demo.test', role: 'PROVIDER', status: 'ACTIVE', confirmed: true },
      { email: 'therapist@demo.test', role: 'THERAPIST', status: 'ACTIVE', confirmed: true },
    ]);
    expect(await owned()).toEqual([{ email: 'provider@demo.test', attested: true }]);
    expect(await licenses()).toEqual(
      expect.arrayContaining([
        { email: 'therapist@demo.test', verified: true },
        { email: 'pending-therapist@demo.test', verified: false },
      ]),
    );
    expect(await licenses()).toHaveLength(2);
  });

  it('leaves the waiting therapist as an admin left them', async () => {
    await seed();
    await handle.client().query(`UPDATE accounts SET status = 'ACTIVE' WHERE email = 'pending-therapist@demo.test'`);
    await seed();

    expect(await accounts()).toContainEqual(
      expect.objectContaining({ email: 'pending-therapist@demo.test', status: 'ACTIVE' }),
    );
  });

  it('gives the demo admin a confirmed second factor once, sealed, and reads the same secret back on every start', async () => {
    const first = await seed();
    const again = await seed();

    expect(again.adminSecondFactor).toMatchObject({ secret: first.adminSecondFactor.secret });
    expect(first.adminSecondFactor.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Affirming%20Care%20Directory:admin%40demo\.test\?/,
    );
    expect(first.adminSecondFactor.currentCode).toMatch(/^\d{6}$/);
    const [stored, ...others] = await secondFactors();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ email: 'admin@demo.test', confirmed: true });
    expect(stored.sealed_secret).not.toContain(first.adminSecondFactor.secret);
  });
});
