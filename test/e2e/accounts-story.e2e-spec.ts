import { AccountRegistrationService } from '@app/auth';
import { totpCode } from '@app/auth/testing';
import { aListing } from '@test/factories/listing.factory';
import { SessionTokens, signUp, startSession, TEST_PASSWORD } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { Connection, graphql, GraphqlResponse } from '@test/support/graphql';
import { deliverMail, linkTokenFor } from '@test/support/mailbox';
import { useTestApp } from '@test/support/use-test-app';

const LOG_IN = `mutation ($email: String!, $password: String!, $oneTimeCode: String) {
  logIn(email: $email, password: $password, oneTimeCode: $oneTimeCode) { accessToken refreshToken recoveryCodes } }`;
const CONFIRM_EMAIL = 'mutation ($token: String!) { confirmEmail(token: $token) { id status emailConfirmed } }';
const CLAIM = `mutation ($npi: String!, $licenses: [ClaimLicenseInput!]!) {
  claimListing(npi: $npi, licenses: $licenses) { id status } }`;
const MY_CLAIMS = '{ myClaims { id status reason } }';
const CLAIMS_FOR_REVIEW = `{ claimsForReview(first: 50) {
  nodes { id listing { id } claimant { email emailVerified } licenses { number } } } }`;
const APPROVE_CLAIM = 'mutation ($id: ID!, $note: String) { approveClaim(id: $id, note: $note) { id status } }';
const MY_LISTING = '{ myListing { id } }';
const PENDING = '{ accounts(status: PENDING_APPROVAL, first: 50) { nodes { id email licenses { id number } } } }';
const VERIFY_LICENSE =
  'mutation ($input: VerifyTherapistLicenseInput!) { verifyTherapistLicense(input: $input) { id } }';
const APPROVE_ACCOUNT = 'mutation ($input: AccountDecisionInput!) { approveAccount(input: $input) { id status } }';
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET =
  'mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { id } }';
const REFRESH =
  'mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken } }';
const ME = '{ me { id email role status } }';

const ADMIN_PASSWORD = 'heron compass tundra velvet';
const NEW_PASSWORD = 'quartz lantern orchard bicycle';
const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;

// The "done when", end to end through the API, with mail read from the mail folder as a person reads it.
describe('Done when: accounts people can live with, from sign-up to a fair claim, a reset and a stolen token', () => {
  const { app, database, dataDir } = useTestApp({
    dataDir: true,
    environment: { PUBLIC_URL: 'https://directory.example' },
  });
  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphql<T>(app(), query, variables, token);
  let adminToken: string;

  /** Signs up through the API, follows the link in the mail file, and logs in. */
  async function newConfirmedAccount(email: string, role: string, extra: Record<string, unknown> = {}) {
    const receipt = await signUp(app(), { email, displayName: email.split('@')[0], role, ...extra });
    expect(receipt.data).toEqual({ signUp: { email, linkValidHours: 24 } });
    await deliverMail(app());
    const confirmed = await call<{ confirmEmail: { id: string; status: string } }>(CONFIRM_EMAIL, {
      token: linkTokenFor(dataDir(), email, '/confirm-email'),
    });
    expect(confirmed.data?.confirmEmail).toMatchObject({ emailConfirmed: true });
    return confirmed.data!.confirmEmail;
  }

  it('enrolls the admin’s authenticator app at the first log-in and asks for a code at every later one', async () => {
    const { enrollment } = await app()
      .get(AccountRegistrationService)
      .createAdmin({ email: 'ops@example.test', password: ADMIN_PASSWORD, displayName: 'Ops' });
    expect(enrollment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const withoutCode = await call(LOG_IN, { email: 'ops@example.test', password: ADMIN_PASSWORD });
    expect(errorOf(withoutCode)).toMatchObject({ reason: 'AUTH.SECOND_FACTOR_ENROLLMENT_REQUIRED' });

    const first = await call<{ logIn: { accessToken: string; recoveryCodes: string[] } }>(LOG_IN, {
      email: 'ops@example.test',
      password: ADMIN_PASSWORD,
      oneTimeCode: totpCode(enrollment.secret),
    });
    expect(first.data?.logIn.recoveryCodes).toHaveLength(10);
    adminToken = first.data!.logIn.accessToken;
    const later = await call(LOG_IN, { email: 'ops@example.test', password: ADMIN_PASSWORD });
    expect(errorOf(later)).toMatchObject({ reason: 'AUTH.SECOND_FACTOR_REQUIRED' });
  });

  it('lets two new providers claim one listing and the admin approve one claim, rejecting the other', async () => {
    const listing = aListing({ lastName: 'Storyclaim' });
    await insertListings(database(), [listing]);
    const winner = await newConfirmedAccount('winner@example.test', 'PROVIDER');
    const rival = await newConfirmedAccount('rival@example.test', 'PROVIDER');
    const winnerSession = await startSession(app(), 'winner@example.test');
    const rivalSession = await startSession(app(), 'rival@example.test');

    const licenses = [{ state: 'KS', licenseType: 'MD', number: 'KS-4411' }];
    const claims = await Promise.all(
      [winnerSession, rivalSession].map((session) =>
        call<{ claimListing: { id: string; status: string } }>(
          CLAIM,
          { npi: listing.npi, licenses },
          session.accessToken,
        ),
      ),
    );
    expect(claims.map((claim) => claim.data?.claimListing.status)).toEqual(['OPEN', 'OPEN']);

    const queue = await call<{
      claimsForReview: Connection<{ id: string; listing: { id: string }; claimant: { email: string } }>;
    }>(CLAIMS_FOR_REVIEW, {}, adminToken);
    const forListing = queue.data!.claimsForReview.nodes.filter((node) => node.listing.id === listing.id);
    // Both claims were made at once: which one waited longer is a matter of microseconds.
    const claimants = forListing.map((node) => node.claimant).sort((a, b) => a.email.localeCompare(b.email));
    expect(claimants).toEqual([
      { email: 'rival@example.test', emailVerified: true },
      { email: 'winner@example.test', emailVerified: true },
    ]);
    const winning = forListing.find((node) => node.claimant.email === 'winner@example.test')!;
    const approved = await call(APPROVE_CLAIM, { id: winning.id, note: 'KS board lookup matches' }, adminToken);
    expect(approved.data).toEqual({ approveClaim: { id: winning.id, status: 'APPROVED' } });

    expect((await call(MY_LISTING, {}, winnerSession.accessToken)).data).toEqual({ myListing: { id: listing.id } });
    expect((await call(MY_CLAIMS, {}, rivalSession.accessToken)).data).toEqual({
      myClaims: [{ id: expect.any(String), status: 'REJECTED', reason: 'Another claim for this listing was approved' }],
    });
    expect(winner.status).toBe('ACTIVE');
    expect(rival.status).toBe('ACTIVE');
  });

  it('admits a therapist once the admin has verified a license they gave and approved the account', async () => {
    const license = { state: 'IL', licenseType: 'LCPC', number: 'IL-180-0042' };
    const therapist = await newConfirmedAccount('sam.therapist@example.test', 'THERAPIST', { licenses: [license] });
    expect(therapist.status).toBe('PENDING_APPROVAL');
    const early = await call(LOG_IN, { email: 'sam.therapist@example.test', password: TEST_PASSWORD });
    expect(errorOf(early)).toMatchObject({ reason: 'AUTH.ACCOUNT_PENDING_APPROVAL' });

    const pending = await call<{
      accounts: Connection<{ id: string; licenses: Array<{ id: string; number: string }> }>;
    }>(PENDING, {}, adminToken);
    const [given] = pending.data!.accounts.nodes.find((node) => node.id === therapist.id)!.licenses;
    expect(given.number).toBe(license.number);
    await call(VERIFY_LICENSE, { input: { id: given.id, source: 'IDFPR license lookup' } }, adminToken);
    const approved = await call(
      APPROVE_ACCOUNT,
      { input: { id: therapist.id, reason: 'License checked' } },
      adminToken,
    );
    expect(approved.data).toEqual({ approveAccount: { id: therapist.id, status: 'ACTIVE' } });

    const session = await startSession(app(), 'sam.therapist@example.test');
    expect((await call(ME, {}, session.accessToken)).data).toMatchObject({
      me: { role: 'THERAPIST', status: 'ACTIVE' },
    });
  });

  it('ends every old session when the password is reset from the mailed link', async () => {
    const sessions: SessionTokens[] = [
      await startSession(app(), 'winner@example.test'),
      await startSession(app(), 'winner@example.test'),
    ];
    expect((await call(REQUEST_RESET, { email: 'winner@example.test' })).data).toEqual({ requestPasswordReset: true });
    await deliverMail(app());
    const token = linkTokenFor(dataDir(), 'winner@example.test', '/reset-password');
    expect((await call(RESET, { token, newPassword: NEW_PASSWORD })).errors).toBeUndefined();

    for (const session of sessions) {
      expect(errorOf(await call(ME, {}, session.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await call(REFRESH, { refreshToken: session.refreshToken }))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
    const fresh = await startSession(app(), 'winner@example.test', NEW_PASSWORD);
    expect((await call(ME, {}, fresh.accessToken)).data).toMatchObject({ me: { email: 'winner@example.test' } });
  });

  it('ends the whole session when a refresh token is used twice, as a stolen copy would be', async () => {
    const session = await startSession(app(), 'rival@example.test');
    const rotated = await call<{ refreshSession: SessionTokens }>(REFRESH, { refreshToken: session.refreshToken });
    const next = rotated.data!.refreshSession;

    const reused = await call(REFRESH, { refreshToken: session.refreshToken });
    expect(errorOf(reused)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await call(REFRESH, { refreshToken: next.refreshToken }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(errorOf(await call(ME, {}, next.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const [{ reason }] = await database().query<{ reason: string }>(
      `SELECT reason FROM account_audit_events e JOIN accounts a ON a.id = e.account_id
       WHERE a.email = 'rival@example.test' AND e.action = 'END_SESSION'`,
    );
    expect(reason).toMatch(/^REFRESH_TOKEN_REUSED/);
  });
});
