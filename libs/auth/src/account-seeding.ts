import { ClientBase } from 'pg';
import { accountIdsByEmail, insertAccountIfNew, insertVerifiedDemoLicense } from './account-seed.repository';
import { PasswordHasher } from './password-hasher';
import { AccountStatus, Role } from './roles';

export interface SeedAccount {
  /** Lower-case. */
  email: string;
  displayName: string;
  role: Role;
}

/**
 * Adds the accounts that are missing, all active, their addresses confirmed and sharing one password, before the app
 * starts (the embedded demo's accounts); accounts that exist are left as they are. Therapists get a verified demo license, as approval
 * requires. Returns every account's id by email.
 */
export async function seedActiveAccounts(
  client: ClientBase,
  accounts: SeedAccount[],
  password: string,
): Promise<Map<string, string>> {
  const emails = accounts.map((account) => account.email);
  const existing = await accountIdsByEmail(client, emails);
  const missing = accounts.filter((account) => !existing.has(account.email));
  if (missing.length) {
    const passwordHash = await new PasswordHasher().hash(password);
    for (const account of missing) {
      await insertAccountIfNew(client, { ...account, passwordHash, status: AccountStatus.ACTIVE, emailVerified: true });
    }
  }
  const ids = missing.length ? await accountIdsByEmail(client, emails) : existing;
  for (const therapist of accounts.filter((account) => account.role === Role.THERAPIST)) {
    await insertVerifiedDemoLicense(client, ids.get(therapist.email) as string);
  }
  return ids;
}
