import { ClientBase } from 'pg';
import {
  accountIdsByEmail,
  insertAccountIfNew,
  insertUncheckedDemoLicense,
  insertVerifiedDemoLicense,
} from './account-seed.repository';
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

/**
 * Adds a therapist who has signed up and confirmed their address, waiting for an admin's approval with one license
 * nobody has checked yet (the demo admin's first task). Once it exists it is left as it is: approved, rejected or
 * still waiting.
 */
export async function seedTherapistAwaitingApproval(
  client: ClientBase,
  therapist: Omit<SeedAccount, 'role'>,
  password: string,
): Promise<void> {
  if ((await accountIdsByEmail(client, [therapist.email])).size) return;
  const passwordHash = await new PasswordHasher().hash(password);
  const account = { ...therapist, role: Role.THERAPIST, passwordHash, emailVerified: true };
  await insertAccountIfNew(client, { ...account, status: AccountStatus.PENDING_APPROVAL });
  const ids = await accountIdsByEmail(client, [therapist.email]);
  await insertUncheckedDemoLicense(client, ids.get(therapist.email) as string);
}
