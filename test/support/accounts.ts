import { AccountStatus, Role } from '@app/auth';
import { PasswordHasher, totpCode } from '@app/auth/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { graphql } from './graphql';
import { deliverMail, linkTokenFor } from './mailbox';
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
  return (await startSession(app, email, password, oneTimeCode)).accessToken;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

/** Logs in and keeps both tokens, for specs that refresh or end the session. */
export async function startSession(
  app: NestFastifyApplication,
  email: string,
  password = TEST_PASSWORD,
  oneTimeCode?: string,
): Promise<SessionTokens> {
  const response = await graphql<{ logIn: SessionTokens }>(
    app,
    `
      mutation ($email: String!, $password: String!, $oneTimeCode: String) {
        logIn(email: $email, password: $password, oneTimeCode: $oneTimeCode) {
          accessToken
          refreshToken
        }
      }
    `,
    { email, password, oneTimeCode },
  );
  if (!response.data) throw new Error(`log-in failed: ${JSON.stringify(response.errors)}`);
  return response.data.logIn;
}

export interface SignUpFields {
  email: string;
  displayName: string;
  role: string;
  password?: string;
  [field: string]: unknown;
}

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { email linkValidHours } }';
const CONFIRM_EMAIL =
  'mutation ($token: String!) { confirmEmail(token: $token) { id email displayName role status emailConfirmed } }';

export function signUp(app: NestFastifyApplication, input: SignUpFields) {
  return graphql(app, SIGN_UP, { input: { password: TEST_PASSWORD, ...input } });
}

export function confirmEmail(app: NestFastifyApplication, token: string) {
  return graphql<{ confirmEmail: { id: string; status: string } }>(app, CONFIRM_EMAIL, { token });
}

/** Signs up through the API and follows the link mailed to DATA_DIR/mail, as a person would: the confirmed account. */
export async function signUpConfirmed(app: NestFastifyApplication, dataDir: string, input: SignUpFields) {
  const receipt = await signUp(app, input);
  if (!receipt.data) throw new Error(`sign-up failed: ${JSON.stringify(receipt.errors)}`);
  await deliverMail(app);
  const confirmed = await confirmEmail(app, linkTokenFor(dataDir, input.email, '/confirm-email'));
  if (!confirmed.data) throw new Error(`confirmation failed: ${JSON.stringify(confirmed.errors)}`);
  return confirmed.data.confirmEmail;
}
