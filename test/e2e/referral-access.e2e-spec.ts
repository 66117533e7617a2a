import { Role } from '@app/auth';
import { aListing } from '@test/factories/listing.factory';
import { aReferralInput } from '@test/factories/referral.factory';
import { signedInAccount, TestAccount } from '@test/support/accounts';
import { graphql } from '@test/support/graphql';
import { createReferral, listingOwner } from '@test/support/referrals';
import { useTestApp } from '@test/support/use-test-app';

// Role by role over HTTP; that the therapists and providers of other referrals are told this one does not exist is the
// service spec's (libs/referrals/src/referral-access.service-spec.ts). The admin stands for them here.
type Caller = 'anonymous' | 'sending therapist' | 'receiving provider' | 'admin';

interface Operation {
  name: string;
  roles: Role[];
  /** Takes this referral's id: callers outside the referral must be told it does not exist. */
  aboutTheReferral: boolean;
  query: string;
  variables: (ids: { referral: string; listing: string }) => Record<string, unknown>;
}

const byId = (
  field: string,
  extra = '',
  extraValues: Record<string, unknown> = {},
): Pick<Operation, 'query' | 'variables'> => ({
  query: `mutation ($id: ID!${extra ? `, ${extra}` : ''}) { ${field}(id: $id${Object.keys(extraValues)
    .map((k) => `, ${k}: $${k}`)
    .join('')}) { id } }`,
  variables: ({ referral }) => ({ id: referral, ...extraValues }),
});

/** An operation whose access the role alone decides. */
const roleOnly = (name: string, roles: Role[], query: string, variables: Operation['variables'] = () => ({})) => ({
  name,
  roles,
  aboutTheReferral: false,
  query,
  variables,
});

const OPERATIONS: Operation[] = [
  {
    name: 'referral',
    roles: [Role.THERAPIST, Role.PROVIDER, Role.ADMIN],
    aboutTheReferral: true,
    query: 'query ($id: ID!) { referral(id: $id) { id } }',
    variables: ({ referral }) => ({ id: referral }),
  },
  {
    name: 'createReferral',
    roles: [Role.THERAPIST],
    aboutTheReferral: false,
    query: 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
    variables: ({ listing }) => ({ input: aReferralInput(listing) }),
  },
  roleOnly('sentReferrals', [Role.THERAPIST], '{ sentReferrals { nodes { id } } }'),
  {
    name: 'cancelReferral',
    roles: [Role.THERAPIST],
    aboutTheReferral: true,
    ...byId('cancelReferral', '$reason: CancelReason!', { reason: 'OTHER' }),
  },
  {
    name: 'recordReferralOutcome',
    roles: [Role.THERAPIST],
    aboutTheReferral: true,
    ...byId('recordReferralOutcome', '$outcome: ReferralOutcome!', { outcome: 'NOT_SEEN' }),
  },
  roleOnly('receivedReferrals', [Role.PROVIDER], '{ receivedReferrals { nodes { id } } }'),
  { name: 'acceptReferral', roles: [Role.PROVIDER], aboutTheReferral: true, ...byId('acceptReferral') },
  {
    name: 'declineReferral',
    roles: [Role.PROVIDER],
    aboutTheReferral: true,
    ...byId('declineReferral', '$reason: DeclineReason!', { reason: 'NO_CAPACITY' }),
  },
  { name: 'scheduleReferral', roles: [Role.PROVIDER], aboutTheReferral: true, ...byId('scheduleReferral') },
  { name: 'completeReferral', roles: [Role.PROVIDER], aboutTheReferral: true, ...byId('completeReferral') },
  { name: 'markReferralNoShow', roles: [Role.PROVIDER], aboutTheReferral: true, ...byId('markReferralNoShow') },
  {
    name: 'markReferralCouldNotContact',
    roles: [Role.PROVIDER],
    aboutTheReferral: true,
    ...byId('markReferralCouldNotContact'),
  },
  roleOnly('referralStatistics', [Role.ADMIN], '{ referralStatistics { nodes { sent } } }'),
  roleOnly('referralStatisticsByState', [Role.ADMIN], '{ referralStatisticsByState { sent } }'),
  roleOnly('referralAudit', [Role.ADMIN], 'query ($id: ID!) { referralAudit(id: $id) { action } }', ({ referral }) => ({
    id: referral,
  })),
  roleOnly('listingsFlaggedByReferrals', [Role.ADMIN], '{ listingsFlaggedByReferrals { flaggedAt } }'),
  roleOnly(
    'referralOutcomeNotes',
    [Role.ADMIN],
    'query ($id: ID!) { referralOutcomeNotes(providerId: $id) { note } }',
    ({ listing }) => ({ id: listing }),
  ),
];

const ROLE_OF: Record<Exclude<Caller, 'anonymous'>, Role> = {
  'sending therapist': Role.THERAPIST,
  'receiving provider': Role.PROVIDER,
  admin: Role.ADMIN,
};
const PARTIES: Caller[] = ['sending therapist', 'receiving provider'];

/** The access decision, stated independently of the code: sign-in, then role, then being on the referral. */
function expectedRefusal(caller: Caller, operation: Operation): string | null {
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (!operation.roles.includes(ROLE_OF[caller])) return 'FORBIDDEN';
  if (operation.aboutTheReferral && !PARTIES.includes(caller)) return 'NOT_FOUND';
  return null;
}

describe('Referral access: every role against every referral operation', () => {
  const listing = aListing();
  const { app, database } = useTestApp({ listings: [listing] });
  const tokens = {} as Record<Caller, string>;
  let referralId: string;

  beforeAll(async () => {
    const accounts: Record<Exclude<Caller, 'anonymous'>, TestAccount> = {
      'sending therapist': await signedInAccount(app(), database(), Role.THERAPIST),
      'receiving provider': await listingOwner(app(), database(), listing.id),
      admin: await signedInAccount(app(), database(), Role.ADMIN),
    };
    Object.entries(accounts).forEach(([caller, account]) => (tokens[caller as Caller] = account.token));
    tokens.anonymous = '';
    referralId = (await createReferral(app(), tokens['sending therapist'], aReferralInput(listing.id))).data!
      .createReferral.id;
  }, 60_000);

  const callers: Caller[] = ['anonymous', 'sending therapist', 'receiving provider', 'admin'];
  const cases = callers.flatMap((caller) =>
    OPERATIONS.map((operation) => [caller, operation.name, operation] as const),
  );

  it.each(cases)('%s → %s', async (caller, _, operation) => {
    const response = await graphql(
      app(),
      operation.query,
      operation.variables({ referral: referralId, listing: listing.id }),
      tokens[caller] || undefined,
    );
    const refusal = expectedRefusal(caller, operation);
    const code = response.errors?.[0]?.extensions.code;
    if (refusal) {
      expect(code).toBe(refusal);
      expect(response.data).toBeNull();
    } else {
      // Allowed through: whatever happens next is about the referral's state, never about access.
      expect(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']).not.toContain(code);
    }
  });
});
