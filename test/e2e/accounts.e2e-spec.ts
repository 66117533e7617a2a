import { AccountStatus, Role } from '@app/auth';
import request from 'supertest';
import {
  confirmEmail,
  logIn,
  nextOneTimeCode,
  signedInAccount,
  SignUpFields,
  signUp as signUpThroughApi,
  signUpConfirmed as signUpAndConfirm,
  TEST_PASSWORD,
} from '@test/support/accounts';
import { Connection, graphql, GraphqlResponse } from '@test/support/graphql';
import { deliverMail, linkTokenFor, mailsTo } from '@test/support/mailbox';
import { useTestApp } from '@test/support/use-test-app';

const LOG_IN =
  'mutation ($email: String!, $password: String!, $oneTimeCode: String) { logIn(email: $email, password: $password, oneTimeCode: $oneTimeCode) { accessToken expiresAt user { id role status } } }';
const ME = '{ me { id email role status } }';
const accountDecision = (name: string) =>
  `mutation ($input: AccountDecisionInput!) { ${name}(input: $input) { id status } }`;

const VERIFY_LICENSE =
  'mutation ($input: VerifyTherapistLicenseInput!) { verifyTherapistLicense(input: $input) { id licenses { id verification { source note verifiedBy } } } }';
const PENDING_LICENSES =
  '{ accounts(status: PENDING_APPROVAL, first: 100) { nodes { id licenses { id state licenseType number npi verification { source } } } } }';
const A_LICENSE = { state: 'KS', licenseType: 'LCSW', number: 'KS-1234', npi: '1234567893' };

const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;

describe('Accounts: sign-up, log-in, approval and suspension', () => {
  const { app, database, account, dataDir } = useTestApp({
    signedIn: [Role.ADMIN],
    dataDir: true,
    environment: { PUBLIC_URL: 'https://directory.example' },
  });
  const admin = () => account(Role.ADMIN);
  let address = 0;

  // Each test logs in from its own address so one test's failures never slow another's log-ins.
  const logInFrom = (email: string, password: string, from = `203.0.113.${++address}`, oneTimeCode?: string) =>
    request(app().getHttpServer())
      .post('/graphql')
      .set('X-Forwarded-For', from)
      .send({ query: LOG_IN, variables: { email, password, oneTimeCode } });

  const signUp = (input: SignUpFields) => signUpThroughApi(app(), input);
  const signUpConfirmed = (input: SignUpFields) => signUpAndConfirm(app(), dataDir(), input);
  const decideAccount = (name: string, input: { id: string; reason?: string }) =>
    graphql(app(), accountDecision(name), { input }, admin().token);

  it('signs up a provider who can log in once the mailed link confirms the address, and see themself', async () => {
    const receipt = await signUp({ email: 'Pat.Provider@Example.test', displayName: 'Pat', role: 'PROVIDER' });
    expect(receipt.data).toEqual({ signUp: { email: 'pat.provider@example.test', linkValidHours: 24 } });
    const early = await logInFrom('pat.provider@example.test', TEST_PASSWORD);
    expect(early.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.EMAIL_NOT_CONFIRMED' });

    await deliverMail(app());
    const [mail] = mailsTo(dataDir(), 'pat.provider@example.test');
    expect(mail.subject).toBe('Confirm your email address');
    expect(mail.text).toContain('https://directory.example/confirm-email?token=');
    const token = linkTokenFor(dataDir(), 'pat.provider@example.test', '/confirm-email');
    const confirmed = await confirmEmail(app(), token);
    expect(confirmed.data).toEqual({
      confirmEmail: {
        id: expect.any(String),
        email: 'pat.provider@example.test',
        displayName: 'Pat',
        role: 'PROVIDER',
        status: 'ACTIVE',
        emailConfirmed: true,
      },
    });
    const again = await confirmEmail(app(), token);
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.INVALID_LINK' });

    const accessToken = await logIn(app(), 'pat.provider@example.test');
    const me = await graphql(app(), ME, {}, accessToken);
    expect(me.data).toEqual({
      me: {
        id: confirmed.data!.confirmEmail.id,
        email: 'pat.provider@example.test',
        role: 'PROVIDER',
        status: 'ACTIVE',
      },
    });
  });

  it('stores an Argon2id hash, never the password', async () => {
    await signUp({ email: 'hash.check@example.test', displayName: 'Hash', role: 'PROVIDER' });
    const client = await database().client();
    try {
      const { rows } = await client.query<{ password_hash: string }>(
        `SELECT password_hash FROM accounts WHERE email = 'hash.check@example.test'`,
      );
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    } finally {
      await client.end();
    }
  });

  it('keeps a therapist out until an admin verifies a license and approves them', async () => {
    const therapist = await signUpConfirmed({
      email: 'terry@example.test',
      displayName: 'Terry',
      role: 'THERAPIST',
      licenses: [A_LICENSE],
    });
    expect(therapist.status).toBe('PENDING_APPROVAL');

    const refused = await logInFrom('terry@example.test', TEST_PASSWORD);
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'AUTH.ACCOUNT_PENDING_APPROVAL',
    });

    const early = await decideAccount('approveAccount', { id: therapist.id });
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', reason: 'AUTH.LICENSE_UNVERIFIED' });

    const queue = await graphql<{ accounts: Connection<{ id: string; licenses: Array<{ id: string }> }> }>(
      app(),
      PENDING_LICENSES,
      {},
      admin().token,
    );
    const [license] = queue.data!.accounts.nodes.find((node) => node.id === therapist.id)!.licenses;
    const verified = await graphql(
      app(),
      VERIFY_LICENSE,
      { input: { id: license.id, source: 'KS BSRB' } },
      admin().token,
    );
    expect(verified.data).toEqual({
      verifyTherapistLicense: {
        id: therapist.id,
        licenses: [{ id: license.id, verification: { source: 'KS BSRB', note: null, verifiedBy: admin().id } }],
      },
    });

    const approved = await decideAccount('approveAccount', { id: therapist.id, reason: 'License checked' });
    expect(approved.data).toEqual({ approveAccount: { id: therapist.id, status: 'ACTIVE' } });
    const allowed = await logInFrom('terry@example.test', TEST_PASSWORD);
    expect(allowed.body.data.logIn.user).toEqual({ id: therapist.id, role: 'THERAPIST', status: 'ACTIVE' });
  });

  it('shows a therapist’s licenses to admins in the approval queue, and to no one else', async () => {
    await signUp({
      email: 'lee@example.test',
      displayName: 'Lee',
      role: 'THERAPIST',
      licenses: [A_LICENSE, { state: 'MO', licenseType: 'PsyD', number: 'MO-77' }],
    });
    const [{ id }] = await database().query<{ id: string }>(`SELECT id FROM accounts WHERE email = 'lee@example.test'`);

    const queue = await graphql<{ accounts: Connection<{ id: string; licenses: unknown[] }> }>(
      app(),
      PENDING_LICENSES,
      {},
      admin().token,
    );
    expect(queue.data!.accounts.nodes.find((node) => node.id === id)!.licenses).toEqual([
      { id: expect.any(String), ...A_LICENSE, verification: null },
      { id: expect.any(String), state: 'MO', licenseType: 'PsyD', number: 'MO-77', npi: null, verification: null },
    ]);

    const peer = await signedInAccount(app(), database(), Role.THERAPIST);
    const mine = await graphql<{ me: { licenses: null } }>(app(), '{ me { licenses { id } } }', {}, peer.token);
    expect(mine.data).toEqual({ me: { licenses: null } });
    expect(errorOf(await graphql(app(), PENDING_LICENSES, {}, peer.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await graphql(app(), PENDING_LICENSES))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('audits a license verification, its note kept on the license', async () => {
    const pending = await signedInAccount(app(), database(), Role.THERAPIST, AccountStatus.PENDING_APPROVAL);
    const [{ id: licenseId }] = await database().query<{ id: string }>(
      'SELECT id FROM therapist_licenses WHERE account_id = $1',
      [pending.id],
    );
    const input = { id: licenseId, source: 'KS BSRB lookup', note: 'Active, no discipline' };
    const verified = await graphql(app(), VERIFY_LICENSE, { input }, admin().token);
    expect(verified.data).toMatchObject({
      verifyTherapistLicense: {
        licenses: [{ verification: { source: 'KS BSRB lookup', note: 'Active, no discipline' } }],
      },
    });
    const audit = await database().query(
      'SELECT actor_id, action, from_status, to_status, reason FROM account_audit_events WHERE account_id = $1',
      [pending.id],
    );
    expect(audit).toEqual([
      {
        actor_id: admin().id,
        action: 'VERIFY_LICENSE',
        from_status: 'PENDING_APPROVAL',
        to_status: 'PENDING_APPROVAL',
        reason: expect.stringMatching(/^KS LMFT T-\w+ checked at KS BSRB lookup$/),
      },
    ]);
    const missing = await graphql(
      app(),
      VERIFY_LICENSE,
      { input: { id: '00000000-0000-4000-8000-000000000000', source: 'KS BSRB' } },
      admin().token,
    );
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', reason: 'AUTH.LICENSE_NOT_FOUND' });
  });

  it('rejects a therapist, who then cannot log in, and refuses to approve them afterwards', async () => {
    const pending = await signedInAccount(app(), database(), Role.THERAPIST, AccountStatus.PENDING_APPROVAL);
    const rejected = await decideAccount('rejectAccount', { id: pending.id, reason: 'No practice found' });
    expect(rejected.data).toEqual({ rejectAccount: { id: pending.id, status: 'REJECTED' } });
    const again = await decideAccount('approveAccount', { id: pending.id });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', details: [{ field: 'status', reason: 'REJECTED' }] });
    const refused = await logInFrom(pending.email, TEST_PASSWORD);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.ACCOUNT_REJECTED' });
  });

  it('makes a suspended account’s tokens stop working at once, and not work again after reinstatement', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    expect((await graphql(app(), ME, {}, provider.token)).data).toBeTruthy();
    const suspended = await decideAccount('suspendAccount', { id: provider.id, reason: 'Complaint' });
    expect(suspended.data).toEqual({ suspendAccount: { id: provider.id, status: 'SUSPENDED' } });
    expect(errorOf(await graphql(app(), ME, {}, provider.token))).toMatchObject({ code: 'UNAUTHENTICATED' });

    await decideAccount('reinstateAccount', { id: provider.id });
    expect(errorOf(await graphql(app(), ME, {}, provider.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await graphql(app(), ME, {}, await logIn(app(), provider.email))).data).toBeTruthy();
  });

  it('records every account change in the append-only audit trail', async () => {
    const pending = await signedInAccount(app(), database(), Role.THERAPIST, AccountStatus.PENDING_APPROVAL);
    await decideAccount('approveAccount', { id: pending.id, reason: 'ok' });
    const client = await database().client();
    try {
      const { rows } = await client.query(
        'SELECT actor_id, action, from_status, to_status, reason FROM account_audit_events WHERE account_id = $1',
        [pending.id],
      );
      expect(rows).toEqual([
        { actor_id: admin().id, action: 'APPROVE', from_status: 'PENDING_APPROVAL', to_status: 'ACTIVE', reason: 'ok' },
      ]);
      await expect(client.query('DELETE FROM account_audit_events')).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('lists accounts waiting for approval, oldest first, page by page', async () => {
    const first = await signedInAccount(app(), database(), Role.THERAPIST, AccountStatus.PENDING_APPROVAL);
    const second = await signedInAccount(app(), database(), Role.THERAPIST, AccountStatus.PENDING_APPROVAL);
    const query =
      'query ($after: String) { accounts(status: PENDING_APPROVAL, first: 100, after: $after) { nodes { id } } }';
    const page = await graphql<{ accounts: Connection<{ id: string }> }>(app(), query, {}, admin().token);
    const ids = page.data!.accounts.nodes.map((n) => n.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const onePerPage =
      'query ($after: String) { accounts(status: PENDING_APPROVAL, first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    const p1 = await graphql<{ accounts: Connection<{ id: string }> }>(app(), onePerPage, {}, admin().token);
    expect(p1.data!.accounts.pageInfo.hasNextPage).toBe(true);
    const p2 = await graphql<{ accounts: Connection<{ id: string }> }>(
      app(),
      onePerPage,
      { after: p1.data!.accounts.pageInfo.endCursor },
      admin().token,
    );
    expect(p2.data!.accounts.nodes[0].id).toBe(ids[1]);
  });

  describe('refuses bad sign-ups, naming the field', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['a short password', { password: 'eleven char' }, 'password'],
      ['a password of twelve spaces', { password: ' '.repeat(12) }, 'password'],
      ['a password of one letter repeated', { password: 'aaaaaaaaaaaa' }, 'password'],
      ['a malformed email', { email: 'not-an-email' }, 'email'],
      ['an empty display name', { displayName: '' }, 'displayName'],
    ])('%s', async (_case, change, field) => {
      const response = await signUp({ email: 'bad@example.test', displayName: 'Bad', role: 'PROVIDER', ...change });
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [expect.objectContaining({ field })],
      });
    });

    it('says why a password is too easy to guess, and refuses one made of the email', async () => {
      const common = await signUp({
        email: 'weak@example.test',
        displayName: 'Weak',
        role: 'PROVIDER',
        password: 'password1234',
      });
      expect(errorOf(common)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'password', reason: expect.stringContaining('similar to a commonly used password') }],
      });
      const personal = await signUp({
        email: 'robin.quill@example.test',
        displayName: 'Robin Quill',
        role: 'PROVIDER',
        password: 'robin.quill@example.test',
      });
      expect(errorOf(personal)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'password', reason: expect.stringContaining('personal') }],
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a therapist without a license', { role: 'THERAPIST' }, 'licenses'],
      ['a therapist with an empty list of licenses', { role: 'THERAPIST', licenses: [] }, 'licenses'],
      ['a provider with a license', { role: 'PROVIDER', licenses: [A_LICENSE] }, 'licenses'],
      [
        'a license whose NPI fails the check digit',
        { role: 'THERAPIST', licenses: [{ ...A_LICENSE, npi: '1234567890' }] },
        'npi',
      ],
      [
        'a license type that is not a credential',
        { role: 'THERAPIST', licenses: [{ ...A_LICENSE, licenseType: 'L C S W' }] },
        'licenseType',
      ],
      ['the same license twice', { role: 'THERAPIST', licenses: [A_LICENSE, A_LICENSE] }, 'licenses'],
    ])('%s', async (_case, change, field) => {
      const response = await signUp({ email: 'license@example.test', displayName: 'Lic', ...change } as never);
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [expect.objectContaining({ field: expect.stringContaining(field) })],
      });
      expect(await database().query(`SELECT 1 FROM accounts WHERE email = 'license@example.test'`)).toEqual([]);
    });

    it('takes an explicit null for a provider’s licenses as none', async () => {
      const response = await signUp({
        email: 'null-licenses@example.test',
        displayName: 'Nil',
        role: 'PROVIDER',
        licenses: null,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.signUp).toMatchObject({ email: 'null-licenses@example.test' });
    });

    it('never signs up an admin', async () => {
      const response = await signUp({ email: 'root@example.test', displayName: 'Root', role: 'ADMIN' });
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('refuses a field the input does not have (mass assignment)', async () => {
      const response = await signUp({
        email: 'mass@example.test',
        displayName: 'Mass',
        role: 'PROVIDER',
        status: 'ACTIVE',
      });
      expect(response.status).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('answers a taken address, in any case, exactly as a new one, and tells its owner instead', async () => {
      const first = await signUp({ email: 'twice@example.test', displayName: 'One', role: 'PROVIDER' });
      const second = await signUp({
        email: 'TWICE@example.test',
        displayName: 'Two',
        role: 'THERAPIST',
        licenses: [A_LICENSE],
      });
      expect(second.status).toBe(first.status);
      expect({ data: second.data, errors: second.errors }).toEqual({ data: first.data, errors: first.errors });
      expect(await database().query(`SELECT display_name FROM accounts WHERE email = 'twice@example.test'`)).toEqual([
        { display_name: 'One' },
      ]);
      await deliverMail(app());
      const mails = mailsTo(dataDir(), 'twice@example.test');
      expect(mails.map((mail) => mail.subject)).toEqual([
        'Confirm your email address',
        'Someone tried to sign up with your address',
      ]);
      expect(mails[1].text).toContain('https://directory.example/reset-password');
      expect(mails[1].text).not.toContain('token=');
    });
  });

  describe('failed log-ins', () => {
    it('answers a wrong password and an unknown email identically', async () => {
      const known = await signedInAccount(app(), database(), Role.PROVIDER);
      const wrongPassword = await logInFrom(known.email, 'not the password at all');
      const unknownEmail = await logInFrom('nobody@example.test', 'not the password at all');
      expect(wrongPassword.body.errors[0]).toEqual(unknownEmail.body.errors[0]);
      expect(wrongPassword.body.errors[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.INVALID_CREDENTIALS',
      });
    });

    it('slows then refuses one email from one address, even with the right password, while the owner gets in from elsewhere', async () => {
      const target = await signedInAccount(app(), database(), Role.PROVIDER);
      const guesser = '198.51.100.1';
      const started = Date.now();
      for (let i = 0; i < 5; i++) {
        const failed = await logInFrom(target.email, `wrong password ${i}`, guesser);
        expect(failed.body.errors[0].extensions.reason).toBe('AUTH.INVALID_CREDENTIALS');
      }
      // Each try waits, before its check, for the account's failures so far: 0, 0, 0, 250 and 500 ms by default.
      expect(Date.now() - started).toBeGreaterThanOrEqual(750);
      const refused = await logInFrom(target.email, TEST_PASSWORD, guesser);
      expect(refused.body.errors[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'AUTH.TOO_MANY_ATTEMPTS',
      });
      // An unknown email is refused the same way: the answer never tells whether an account exists.
      for (let i = 0; i < 5; i++) await logInFrom('ghost@example.test', `wrong password ${i}`, guesser);
      expect((await logInFrom('ghost@example.test', TEST_PASSWORD, guesser)).body.errors[0]).toEqual(
        refused.body.errors[0],
      );
      // Five failures from anywhere slow the owner by three steps (750 ms) and no more.
      const ownerStarted = Date.now();
      const owner = await logInFrom(target.email, TEST_PASSWORD, '198.51.100.2');
      expect(owner.body.data.logIn.accessToken).toEqual(expect.any(String));
      expect(Date.now() - ownerStarted).toBeGreaterThanOrEqual(750);
      expect(Date.now() - ownerStarted).toBeLessThan(5_000);
    }, 30_000);

    it('lets an admin in with the right password from a shared address where another account is refused', async () => {
      const [target, colleague] = [
        await signedInAccount(app(), database(), Role.PROVIDER),
        await signedInAccount(app(), database(), Role.ADMIN),
      ];
      const clinic = '198.51.100.7';
      for (let i = 0; i < 25; i++) await logInFrom(target.email, `wrong password ${i}`, clinic);
      const refused = await logInFrom(target.email, TEST_PASSWORD, clinic);
      expect(refused.body.errors[0].extensions.reason).toBe('AUTH.TOO_MANY_ATTEMPTS');
      const admitted = await logInFrom(colleague.email, TEST_PASSWORD, clinic, nextOneTimeCode(colleague));
      expect(admitted.body.data.logIn).toMatchObject({ accessToken: expect.any(String), user: { role: 'ADMIN' } });
    }, 30_000);
  });

  describe('changePassword', () => {
    const CHANGE_PASSWORD =
      'mutation ($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id } }';
    const NEW_PASSWORD = 'gravel tulip sonnet bramble';
    const changePassword = (token: string, currentPassword: string, newPassword: string) =>
      graphql(app(), CHANGE_PASSWORD, { currentPassword, newPassword }, token);
    const auditActions = (accountId: string) =>
      database().query('SELECT action, actor_id FROM account_audit_events WHERE account_id = $1 ORDER BY id', [
        accountId,
      ]);

    it('replaces the password, audited: the new one logs in and the old one no longer does', async () => {
      const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
      const changed = await changePassword(therapist.token, TEST_PASSWORD, NEW_PASSWORD);
      expect(changed.data).toEqual({ changePassword: { id: therapist.id } });
      expect((await logInFrom(therapist.email, NEW_PASSWORD)).body.data.logIn.accessToken).toEqual(expect.any(String));
      expect((await logInFrom(therapist.email, TEST_PASSWORD)).body.errors[0].extensions.reason).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
      expect(await auditActions(therapist.id)).toEqual([{ action: 'CHANGE_PASSWORD', actor_id: therapist.id }]);
    });

    it.each<[string, string, string, string, string]>([
      [
        'a wrong current password',
        'not my password at all',
        NEW_PASSWORD,
        'currentPassword',
        'AUTH.WRONG_CURRENT_PASSWORD',
      ],
      ['a weak new password', TEST_PASSWORD, 'aaaaaaaaaaaa', 'newPassword', 'INPUT.INVALID'],
      ['a short new password', TEST_PASSWORD, 'kq7#vRm2!zX', 'newPassword', 'INPUT.INVALID'],
      ['the current password again', TEST_PASSWORD, TEST_PASSWORD, 'newPassword', 'AUTH.PASSWORD_UNCHANGED'],
    ])('refuses %s, naming the field, and keeps the password', async (_case, current, next, field, reason) => {
      const provider = await signedInAccount(app(), database(), Role.PROVIDER);
      const refused = await changePassword(provider.token, current, next);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason, details: [{ field }] });
      expect((await logInFrom(provider.email, TEST_PASSWORD)).body.data.logIn.accessToken).toEqual(expect.any(String));
      expect(await auditActions(provider.id)).toEqual([]);
    });

    it('refuses a new password made of the account’s email', async () => {
      const provider = await signedInAccount(app(), database(), Role.PROVIDER);
      const refused = await changePassword(provider.token, TEST_PASSWORD, provider.email);
      expect(errorOf(refused)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'newPassword', reason: expect.stringMatching(/^is too easy to guess/) }],
      });
    });

    it('counts wrong current passwords toward the log-in throttle', async () => {
      const provider = await signedInAccount(app(), database(), Role.PROVIDER);
      for (let i = 0; i < 5; i++) await changePassword(provider.token, `wrong password ${i}`, NEW_PASSWORD);
      const refused = await changePassword(provider.token, TEST_PASSWORD, NEW_PASSWORD);
      expect(errorOf(refused)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH.TOO_MANY_ATTEMPTS' });
    }, 30_000);

    it('refuses a caller who is not signed in', async () => {
      const refused = await graphql(app(), CHANGE_PASSWORD, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(errorOf(refused)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  it('refuses a forged or malformed token', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    const [header, payload] = provider.token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
    expect(errorOf(await graphql(app(), ME, {}, forged))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await graphql(app(), ME, {}, 'garbage'))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
