import { ClientBase } from 'pg';
import { NewAccount } from './account.repository';

/** Ids of the accounts with these (lower-case) emails, by email. */
export async function accountIdsByEmail(client: ClientBase, emails: string[]): Promise<Map<string, string>> {
  const { rows } = await client.query<{ id: string; email: string }>(
    'SELECT id, email FROM accounts WHERE email = ANY ($1)',
    [emails],
  );
  return new Map(rows.map((row) => [row.email, row.id]));
}

/** Inserts the account, its email confirmed (demo addresses receive no mail), unless its email is taken. */
export async function insertAccountIfNew(client: ClientBase, account: NewAccount): Promise<void> {
  await client.query(
    `INSERT INTO accounts (email, password_hash, display_name, role, status, email_verified_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END)
     ON CONFLICT (email) DO NOTHING`,
    [account.email, account.passwordHash, account.displayName, account.role, account.status, account.emailVerified],
  );
}

/** A license verified by no admin (demo data), so a seeded therapist is as an approved one would be. */
export async function insertVerifiedDemoLicense(client: ClientBase, accountId: string): Promise<void> {
  await client.query(
    `INSERT INTO therapist_licenses (account_id, state, license_type, number, verification_source, verified_at)
     VALUES ($1, 'KS', 'LCSW', 'DEMO-0001', 'Demo data', now())
     ON CONFLICT (account_id, state, license_type, number) DO NOTHING`,
    [accountId],
  );
}

/** A license as a therapist gives it at sign-up: no admin has checked it yet. */
export async function insertUncheckedDemoLicense(client: ClientBase, accountId: string): Promise<void> {
  await client.query(
    `INSERT INTO therapist_licenses (account_id, state, license_type, number)
     VALUES ($1, 'KS', 'LMFT', 'DEMO-0002')
     ON CONFLICT (account_id, state, license_type, number) DO NOTHING`,
    [accountId],
  );
}
