import { Role, SeedAccount, seedActiveAccounts } from '@app/auth';
import { giveDemoListing } from '@app/directory';
import { Client } from 'pg';

export interface DemoAccount {
  email: string;
  role: Role;
}

/** Made up and printed on every embedded demo start: the embedded database only ever holds demo data. */
export const DEMO_PASSWORD = 'demo-password-2026';

const DEMO_PROVIDER = 'provider@demo.test';

const DEMO_ACCOUNTS: SeedAccount[] = [
  { email: 'admin@demo.test', role: Role.ADMIN, displayName: 'Demo Admin' },
  { email: 'therapist@demo.test', role: Role.THERAPIST, displayName: 'Demo Therapist' },
  { email: DEMO_PROVIDER, role: Role.PROVIDER, displayName: 'Demo Provider' },
];

/** Adds the demo accounts that are missing (all active) and gives the demo provider one approved demo listing. */
export async function seedDemoAccounts(databaseUrl: string): Promise<DemoAccount[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = await seedActiveAccounts(client, DEMO_ACCOUNTS, DEMO_PASSWORD);
    const provider = ids.get(DEMO_PROVIDER);
    if (provider) await giveDemoListing(client, provider);
    return DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role }));
  } finally {
    await client.end();
  }
}
