import { Role } from '@app/auth';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { assignOwner } from '@test/factories/listing-rows.factory';
import { TestAccount, signedInAccount } from './accounts';
import { graphql, GraphqlResponse } from './graphql';
import { TestDatabase } from './test-database';

export const REFERRAL_FIELDS = `id status reason urgency clientState modality accommodations warnings declineReason
  cancelReason scheduledFor outcome version therapist { name email } listing { id name }`;
export const DETAIL_FIELDS = `${REFERRAL_FIELDS} client { name email phone preferredContact note }
  consent { method givenAt } events { fromStatus toStatus reason by }`;

export interface ReferralShape {
  id: string;
  status: string;
  warnings: string[];
  outcome: string | null;
  declineReason: string | null;
  scheduledFor: string | null;
  version: number;
  therapist: { name: string; email: string };
  listing: { id: string; name: string };
}

export interface ReferralDetailsShape extends ReferralShape {
  client: {
    name: string;
    email: string | null;
    phone: string | null;
    preferredContact: string;
    note: string | null;
  } | null;
  consent: { method: string } | null;
  events: Array<{ fromStatus: string | null; toStatus: string; reason: string | null; by: string }>;
}

/** A provider account owning the listing (the claim workflow is exercised by the listing-claims tests). */
export async function listingOwner(
  app: NestFastifyApplication,
  database: TestDatabase,
  listingId: string,
): Promise<TestAccount> {
  const provider = await signedInAccount(app, database, Role.PROVIDER);
  await assignOwner(database, listingId, provider.id);
  return provider;
}

export function sql<T extends Record<string, unknown> = Record<string, unknown>>(
  database: TestDatabase,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return database.query<T>(text, values);
}

export function createReferral(
  app: NestFastifyApplication,
  token: string,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ createReferral: ReferralShape }>> {
  return graphql(
    app,
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`,
    { input },
    token,
  );
}

export function openReferral(
  app: NestFastifyApplication,
  token: string,
  id: string,
): Promise<GraphqlResponse<{ referral: ReferralDetailsShape }>> {
  return graphql(app, `query ($id: ID!) { referral(id: $id) { ${DETAIL_FIELDS} } }`, { id }, token);
}

/** Runs one referral mutation taking `id` (and any extra arguments) and returns the changed referral. */
export async function act(
  app: NestFastifyApplication,
  token: string,
  mutation: string,
  id: string,
  extra: Record<string, { type: string; value: unknown }> = {},
): Promise<GraphqlResponse<Record<string, ReferralShape>>> {
  const declarations = Object.entries(extra)
    .map(([name, arg]) => `, $${name}: ${arg.type}`)
    .join('');
  const passing = Object.keys(extra)
    .map((name) => `, ${name}: $${name}`)
    .join('');
  const values = Object.fromEntries(Object.entries(extra).map(([name, arg]) => [name, arg.value]));
  return graphql(
    app,
    `mutation ($id: ID!${declarations}) { ${mutation}(id: $id${passing}) { ${REFERRAL_FIELDS} } }`,
    { id, ...values },
    token,
  );
}

export function errorOf(
  response: GraphqlResponse<unknown>,
): { code: string; reason?: string; details?: Array<{ field: string; reason: string }> } | undefined {
  return response.errors?.[0]?.extensions;
}
