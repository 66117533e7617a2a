import { AccountStatus, Role } from '@app/auth';
import { totpSecretContext } from '@app/auth/testing';
import { fieldCipherFor } from '@app/config';
import { TEST_APP_SECRET } from '@test/support/test-app';
import { TestDatabase } from '@test/support/test-database';
import { randomUUID } from 'node:crypto';
import { generateSecret } from 'otplib';

export interface AccountRow {
  id: string;
  email: string;
  role: Role;
  /** An admin's confirmed authenticator-app secret (see `totpCode` in `@app/auth/testing`). */
  totpSecret?: string;
}

export interface AccountRowOptions {
  status?: AccountStatus;
  /** A real hash for an account that logs in; services never look at it. */
  passwordHash?: string;
  /** Therapists get one license, verified (as approval requires) unless this is false. */
  licenseVerified?: boolean;
  /** Confirmed unless this is false, as an account that has followed its sign-up link. */
  emailConfirmed?: boolean;
  /** Admins get a confirmed second factor, as after their first log-in, unless this is false (as create-admin leaves them). */
  secondFactor?: boolean;
}

/** An account row as sign-up (and approval) leave it; its id and role are what services know as the caller. */
export async function insertAccount(
  database: TestDatabase,
  role: Role,
  {
    status = AccountStatus.ACTIVE,
    passwordHash = 'no password: never logs in',
    licenseVerified = true,
    emailConfirmed = true,
    secondFactor = true,
  }: AccountRowOptions = {},
): Promise<AccountRow> {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const [{ id }] = await database.query<{ id: string }>(
    `INSERT INTO accounts (email, password_hash, display_name, role, status, email_verified_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END) RETURNING id`,
    [email, passwordHash, `Test ${role}`, role, status, emailConfirmed],
  );
  if (role === Role.THERAPIST) await insertTherapistLicense(database, id, licenseVerified);
  if (role === Role.ADMIN && secondFactor) return { id, email, role, totpSecret: await insertTotpSecret(database, id) };
  return { id, email, role };
}

/** A confirmed secret, sealed as the app with the test settings seals it; no code of it accepted yet. */
export async function insertTotpSecret(database: TestDatabase, accountId: string): Promise<string> {
  const secret = generateSecret();
  await database.query(
    `INSERT INTO account_totp_secrets (account_id, sealed_secret, confirmed_at) VALUES ($1, $2, now())`,
    [accountId, fieldCipherFor(TEST_APP_SECRET).seal(secret, totpSecretContext(accountId))],
  );
  return secret;
}

export async function insertTherapistLicense(database: TestDatabase, accountId: string, verified: boolean) {
  await database.query(
    `INSERT INTO therapist_licenses (account_id, state, license_type, number, verification_source, verified_at)
     VALUES ($1, 'KS', 'LMFT', $2, $3, CASE WHEN $4 THEN now() END)`,
    [accountId, `T-${randomUUID().slice(0, 8)}`, verified ? 'Test board lookup' : null, verified],
  );
}
