import { Role } from '@app/auth';
import { aListingInput } from '@test/factories/listing-input.factory';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

type Caller = 'ANONYMOUS' | Role;

interface Operation {
  name: string;
  document: string;
  variables?: () => Record<string, unknown>;
  /** Who may call it; PUBLIC means anyone. */
  allowed: Caller[] | 'PUBLIC';
}

const missingId = '00000000-0000-4000-8000-000000000000';
const decisionInput = () => ({ input: { id: missingId, version: 1, reason: 'r' } });
const ADMIN_ONLY: Caller[] = [Role.ADMIN];
const PROVIDER_ONLY: Caller[] = [Role.PROVIDER];

const OPERATIONS: Operation[] = [
  { name: 'affirmingCareAttestation', document: '{ affirmingCareAttestation { version } }', allowed: 'PUBLIC' },
  { name: 'me', document: '{ me { id } }', allowed: [Role.ADMIN, Role.THERAPIST, Role.PROVIDER] },
  { name: 'myListing', document: '{ myListing { id } }', allowed: PROVIDER_ONLY },
  {
    name: 'saveMyListing',
    document: 'mutation ($input: SaveListingInput!) { saveMyListing(input: $input) { id } }',
    variables: () => ({ input: aListingInput() }),
    allowed: PROVIDER_ONLY,
  },
  { name: 'submitMyListing', document: 'mutation { submitMyListing { id } }', allowed: PROVIDER_ONLY },
  { name: 'withdrawMyListing', document: 'mutation { withdrawMyListing { id } }', allowed: PROVIDER_ONLY },
  {
    name: 'claimListing',
    document:
      'mutation { claimListing(npi: "9999999995", licenses: [{ state: KS, licenseType: "MD", number: "1" }]) { id } }',
    allowed: PROVIDER_ONLY,
  },
  { name: 'myClaims', document: '{ myClaims { id } }', allowed: PROVIDER_ONLY },
  { name: 'withdrawClaim', document: `mutation { withdrawClaim(id: "${missingId}") { id } }`, allowed: PROVIDER_ONLY },
  { name: 'accounts', document: '{ accounts(status: PENDING_APPROVAL) { nodes { id } } }', allowed: ADMIN_ONLY },
  { name: 'account', document: `{ account(id: "${missingId}") { id } }`, allowed: ADMIN_ONLY },
  { name: 'accountHistory', document: `{ accountHistory(id: "${missingId}") { id } }`, allowed: ADMIN_ONLY },
  ...['approveAccount', 'rejectAccount', 'suspendAccount', 'reinstateAccount'].map((name) => ({
    name,
    document: `mutation ($input: AccountDecisionInput!) { ${name}(input: $input) { id } }`,
    variables: () => ({ input: { id: missingId } }),
    allowed: ADMIN_ONLY,
  })),
  {
    name: 'verifyTherapistLicense',
    document: 'mutation ($input: VerifyTherapistLicenseInput!) { verifyTherapistLicense(input: $input) { id } }',
    variables: () => ({ input: { id: missingId, source: 'State board lookup' } }),
    allowed: ADMIN_ONLY,
  },
  {
    name: 'listingsForReview',
    document: '{ listingsForReview(status: SUBMITTED) { nodes { id } } }',
    allowed: ADMIN_ONLY,
  },
  {
    name: 'listingsDueForReverification',
    document: '{ listingsDueForReverification { nodes { id } } }',
    allowed: ADMIN_ONLY,
  },
  { name: 'listing', document: `{ listing(id: "${missingId}") { id } }`, allowed: ADMIN_ONLY },
  { name: 'claimsForReview', document: '{ claimsForReview { nodes { id } } }', allowed: ADMIN_ONLY },
  { name: 'approveClaim', document: `mutation { approveClaim(id: "${missingId}") { id } }`, allowed: ADMIN_ONLY },
  {
    name: 'rejectClaim',
    document: `mutation { rejectClaim(id: "${missingId}", reason: "r") { id } }`,
    allowed: ADMIN_ONLY,
  },
  {
    name: 'registryCandidates',
    document: '{ registryCandidates(filter: { state: KS }) { nodes { npi } } }',
    allowed: ADMIN_ONLY,
  },
  { name: 'registryDataDate', document: '{ registryDataDate }', allowed: ADMIN_ONLY },
  { name: 'directoryCoverage', document: '{ directoryCoverage { state serving } }', allowed: ADMIN_ONLY },
  { name: 'listingHistory', document: `{ listingHistory(id: "${missingId}") { id } }`, allowed: ADMIN_ONLY },
  ...[
    'startListingReview',
    'requestListingChanges',
    'rejectListing',
    'suspendListing',
    'reinstateListing',
    'archiveListing',
  ].map((name) => ({
    name,
    document: `mutation ($input: ListingDecisionInput!) { ${name}(input: $input) { id } }`,
    variables: decisionInput,
    allowed: ADMIN_ONLY,
  })),
  ...['approveListing', 'reverifyListing'].map((name) => ({
    name,
    document: `mutation ($input: ApproveListingInput!) { ${name}(input: $input) { id } }`,
    variables: decisionInput,
    allowed: ADMIN_ONLY,
  })),
];

const CALLERS: Caller[] = ['ANONYMOUS', Role.THERAPIST, Role.PROVIDER, Role.ADMIN];

function expectedOutcome(operation: Operation, caller: Caller): 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (operation.allowed === 'PUBLIC' || operation.allowed.includes(caller)) return 'ALLOWED';
  return caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

describe('Every role against every operation (default deny)', () => {
  const { app, account } = useTestApp({ signedIn: [Role.THERAPIST, Role.PROVIDER, Role.ADMIN] });
  const tokenOf = (caller: Caller) => (caller === 'ANONYMOUS' ? undefined : account(caller).token);

  const cases = OPERATIONS.flatMap((operation) =>
    CALLERS.map((caller) => [operation.name, caller, expectedOutcome(operation, caller), operation] as const),
  );

  it.each(cases)('%s as %s: %s', async (_name, caller, expected, operation) => {
    const response = await graphql(app(), operation.document, operation.variables?.() ?? {}, tokenOf(caller));
    const code = response.errors?.[0]?.extensions.code;
    if (expected === 'ALLOWED') {
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code);
    } else {
      expect(code).toBe(expected);
      expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
    }
  });

  // A misspelt operation would fail GraphQL validation and pass as "allowed": make sure each one exists.
  it('exercises operations that exist in the schema', async () => {
    const introspection = await graphql<{
      __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> } };
    }>(app(), '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const schema = introspection.data!.__schema;
    const everything = [...schema.queryType.fields, ...schema.mutationType.fields].map((f) => f.name);
    expect(OPERATIONS.map((o) => o.name).filter((name) => !everything.includes(name))).toEqual([]);
  });
});
