import { AccountStatus, PasswordHasher, Role } from '@app/auth';
import { AFFIRMING_CARE_ATTESTATION } from '@app/directory';
import { Client } from 'pg';

export interface DemoAccount {
  email: string;
  role: Role;
}

/** Made up and printed on every embedded demo start: the embedded database only ever holds demo data. */
export const DEMO_PASSWORD = 'demo-password-2026';

const DEMO_ACCOUNTS: Array<DemoAccount & { displayName: string }> = [
  { email: 'admin@demo.test', role: Role.ADMIN, displayName: 'Demo Admin' },
  { email: 'therapist@demo.test', role: Role.THERAPIST, displayName: 'Demo Therapist' },
  { email: 'provider@demo.test', role: Role.PROVIDER, displayName: 'Demo Provider' },
];

/** Adds the demo accounts that are missing (all active) and gives the demo provider one approved demo listing. */
export async function seedDemoAccounts(databaseUrl: string): Promise<DemoAccount[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>('SELECT email FROM accounts WHERE email = ANY ($1)', [
      DEMO_ACCOUNTS.map((a) => a.email),
    ]);
    const missing = DEMO_ACCOUNTS.filter((account) => !rows.some((row) => row.email === account.email));
    const passwordHash = missing.length ? await new PasswordHasher().hash(DEMO_PASSWORD) : '';
    for (const account of missing) {
      await client.query(
        `INSERT INTO accounts (email, password_hash, display_name, role, status) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING`,
        [account.email, passwordHash, account.displayName, account.role, AccountStatus.ACTIVE],
      );
    }
    await giveDemoProviderAListing(client);
    return DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role }));
  } finally {
    await client.end();
  }
}

async function giveDemoProviderAListing(client: Client): Promise<void> {
  await client.query(
    `UPDATE providers SET owner_account_id = a.id, attestation_version = $2, attested_at = now()
     FROM accounts a
     WHERE a.email = $1
       AND NOT EXISTS (SELECT 1 FROM providers owned WHERE owned.owner_account_id = a.id)
       AND providers.id = (SELECT id FROM providers WHERE owner_account_id IS NULL AND status = 'APPROVED' ORDER BY npi LIMIT 1)`,
    ['provider@demo.test', AFFIRMING_CARE_ATTESTATION.version],
  );
}
