import { ClientBase } from 'pg';
import { accountIdsByEmail, insertAccountIfNew } from './account-seed.repository';
import { PasswordHasher } from './password-hasher';
import { AccountStatus, Role } from './roles';

export interface SeedAccount {
  /** Lower-case. */
  email: string;
  displayName: string;
  role: Role;
}

/**
 * Adds the accounts that are missing, all active and sharing one password, before the app starts (the embedded
 * demo's accounts); accounts that exist are left as they are. Returns every account's id by email.
 */
export async function seedActiveAccounts(
  client: ClientBase,
  accounts: SeedAccount[],
  password: string,
): Promise<Map<string, string>> {
  const emails = accounts.map((account) => account.email);
  const existing = await accountIdsByEmail(client, emails);
  const missing = accounts.filter((account) => !existing.has(account.email));
  if (!missing.length) return existing;
  const passwordHash = await new PasswordHasher().hash(password);
  for (const account of missing) {
    await insertAccountIfNew(client, { ...account, passwordHash, status: AccountStatus.ACTIVE });
  }
  return accountIdsByEmail(client, emails);
}
