import { AccountStatus, Role } from '@app/auth';
import { PasswordHasher, totpCode } from '@app/auth/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { graphql } from './graphql';
import { TestDatabase } from './test-database';

export const TEST_PASSWORD = 'violet anchor marmalade sprocket';

export interface TestAccount extends AccountRow {
  token: string;
}

const hasher = new PasswordHasher();
let passwordHash: Promise<string> | undefined;

/**
 * Inserts an account directly (hashing once per file; admins with a confirmed second factor), then logs it in through
 * the API when it is active.
 */
export async function signedInAccount(
  app: NestFastifyApplication,
  database: TestDatabase,
  role: Role,
  status: AccountStatus = AccountStatus.ACTIVE,
): Promise<TestAccount> {
  passwordHash ??= hasher.hash(TEST_PASSWORD);
  const account = await insertAccount(database, role, { status, passwordHash: await passwordHash });
  const oneTimeCode = account.totpSecret ? totpCode(account.totpSecret) : undefined;
  const token = status === AccountStatus.ACTIVE ? await logIn(app, account.email, TEST_PASSWORD, oneTimeCode) : '';
  return { ...account, token };
}

/**
 * An admin signed in by `signedInAccount` used the current code, which is never accepted twice: the next one (the
 * step after, accepted a step early) logs it in once more.
 */
export function nextOneTimeCode(admin: AccountRow): string {
  if (!admin.totpSecret) throw new Error(`${admin.email} has no second factor`);
  return totpCode(admin.totpSecret, new Date(Date.now() + 30_000));
}

export async function logIn(
  app: NestFastifyApplication,
  email: string,
  password = TEST_PASSWORD,
  oneTimeCode?: string,
): Promise<string> {
  const response = await graphql<{ logIn: { accessToken: string } }>(
    app,
    `
      mutation ($email: String!, $password: String!, $oneTimeCode: String) {
        logIn(email: $email, password: $password, oneTimeCode: $oneTimeCode) {
          accessToken
        }
      }
    `,
    { email, password, oneTimeCode },
  );
  if (!response.data) throw new Error(`log-in failed: ${JSON.stringify(response.errors)}`);
  return response.data.logIn.accessToken;
}
