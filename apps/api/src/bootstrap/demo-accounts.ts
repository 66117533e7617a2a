import { FieldCipher } from '@app/config';
import {
  DemoSecondFactor,
  Role,
  SeedAccount,
  seedActiveAccounts,
  seedConfirmedSecondFactor,
  seedTherapistAwaitingApproval,
} from '@app/auth';
import { giveDemoListing } from '@app/directory';
import { Client } from 'pg';

export interface DemoAccount {
  email: string;
  role: Role;
  /** What is special about it, for the start-up banner. */
  note?: string;
}

export interface DemoAccounts {
  accounts: DemoAccount[];
  /** The demo admin's authenticator-app secret, made once and printed on every start. */
  adminSecondFactor: DemoSecondFactor;
}

/** Made up and printed on every embedded demo start: the embedded database only ever holds demo data. */
export const DEMO_PASSWORD = 'demo-password-2026';

const DEMO_PROVIDER = 'provider@demo.test';
const DEMO_ADMIN = 'admin@demo.test';

const PENDING_THERAPIST = { email: 'pending-therapist@demo.test', displayName: 'Pending Therapist' };

const DEMO_ACCOUNTS: SeedAccount[] = [
  { email: DEMO_ADMIN, role: Role.ADMIN, displayName: 'Demo Admin' },
  { email: 'therapist@demo.test', role: Role.THERAPIST, displayName: 'Demo Therapist' },
  { email: DEMO_PROVIDER, role: Role.PROVIDER, displayName: 'Demo Provider' },
];

/**
 * Adds the demo accounts that are missing (all active but one therapist waiting for approval), gives the demo provider one approved demo listing and the
 * demo admin a confirmed second factor (its secret sealed with `cipher`, as the app seals it).
 */
export async function seedDemoAccounts(databaseUrl: string, cipher: FieldCipher): Promise<DemoAccounts> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = await seedActiveAccounts(client, DEMO_ACCOUNTS, DEMO_PASSWORD);
    const provider = ids.get(DEMO_PROVIDER);
    if (provider) await giveDemoListing(client, provider);
    await seedTherapistAwaitingApproval(client, PENDING_THERAPIST, DEMO_PASSWORD);
    return {
      accounts: [
        ...DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })),
        { email: PENDING_THERAPIST.email, role: Role.THERAPIST, note: 'waiting for approval at /admin/therapists' },
      ],
      adminSecondFactor: await seedConfirmedSecondFactor(client, DEMO_ADMIN, cipher),
    };
  } finally {
    await client.end();
  }
}
