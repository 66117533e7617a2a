import { AccountStatus, Role } from '@app/auth';
import { PasswordHasher } from '@app/auth/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import { TestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestAccount {
  id: string;
  email: string;
  role: Role;
  token: string;
}

const hasher = new PasswordHasher();
let passwordHash: Promise<string> | undefined;

/** Inserts an account directly (hashing once per file), then logs it in through the API when it is active. */
export async function signedInAccount(
  app: NestFastifyApplication,
  database: TestDatabase,
  role: Role,
  status: AccountStatus = AccountStatus.ACTIVE,
): Promise<TestAccount> {
  passwordHash ??= hasher.hash(TEST_PASSWORD);
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const client = await database.client();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO accounts (email, password_hash, display_name, role, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [email, await passwordHash, `Test ${role}`, role, status],
    );
    const token = status === AccountStatus.ACTIVE ? await logIn(app, email) : '';
    return { id: rows[0].id, email, role, token };
  } finally {
    await client.end();
  }
}

export async function logIn(app: NestFastifyApplication, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await graphql<{ logIn: { accessToken: string } }>(
    app,
    'mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  if (!response.data) throw new Error(`log-in failed: ${JSON.stringify(response.errors)}`);
  return response.data.logIn.accessToken;
}
