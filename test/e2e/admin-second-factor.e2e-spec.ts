import { AccountRegistrationService, Role } from '@app/auth';
import { totpCode } from '@app/auth/testing';
import { signedInAccount, TEST_PASSWORD } from '@test/support/accounts';
import { graphql } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';
import request from 'supertest';

const LOG_IN = `mutation ($email: String!, $password: String!, $oneTimeCode: String) {
  logIn(email: $email, password: $password, oneTimeCode: $oneTimeCode) { accessToken recoveryCodes user { id role } }
}`;
const START_ENROLLMENT = `mutation ($email: String!, $password: String!) {
  startSecondFactorEnrollment(email: $email, password: $password) { secret otpauthUri }
}`;
const REGENERATE = 'mutation ($code: String!) { regenerateRecoveryCodes(oneTimeCode: $code) }';
const ME = '{ me { id } }';

interface Answer {
  data: {
    logIn?: { accessToken: string; recoveryCodes: string[] | null; user: { id: string; role: string } };
    startSecondFactorEnrollment?: { secret: string; otpauthUri: string };
  } | null;
  errors?: Array<{ message: string; extensions: { code: string; reason?: string } }>;
}

/** The step after the current one: accepted a step early, and newer than a code just used. */
const nextCode = (secret: string) => totpCode(secret, new Date(Date.now() + 30_000));

describe('Admins’ second factor: enrolled at the first log-in, then asked for at every one', () => {
  const logLines: string[] = [];
  const { app, database } = useTestApp({
    environment: { LOG_LEVEL: 'info' },
    logDestination: { write: (line: string) => void logLines.push(line) },
  });
  let addresses = 0;
  const newAddress = () => `192.0.2.${++addresses}`;

  const post = async (query: string, variables: Record<string, unknown>, from: string): Promise<Answer> =>
    (await request(app().getHttpServer()).post('/graphql').set('X-Forwarded-For', from).send({ query, variables }))
      .body as Answer;
  const logIn = (email: string, oneTimeCode?: string, from = newAddress(), password = TEST_PASSWORD) =>
    post(LOG_IN, { email, password, oneTimeCode }, from);
  const reason = (answer: Answer) => answer.errors?.[0]?.extensions.reason;

  it('takes a new admin from enrollment to every later log-in, and keeps the secret and codes out of the log', async () => {
    const { account } = await app()
      .get(AccountRegistrationService)
      .createAdmin({ email: 'first.admin@example.test', password: TEST_PASSWORD, displayName: 'First Admin' });

    const withoutCode = await logIn(account.email);
    expect(withoutCode.errors?.[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.SECOND_FACTOR_ENROLLMENT_REQUIRED',
    });

    const started = await post(START_ENROLLMENT, { email: account.email, password: TEST_PASSWORD }, newAddress());
    const { secret, otpauthUri } = started.data?.startSecondFactorEnrollment ?? { secret: '', otpauthUri: '' };
    expect(otpauthUri).toBe(
      `otpauth://totp/Affirming%20Care%20Directory:first.admin%40example.test?secret=${secret}&issuer=Affirming%20Care%20Directory`,
    );

    const confirming = (await logIn(account.email, totpCode(secret))).data?.logIn;
    expect(confirming?.user).toEqual({ id: account.id, role: 'ADMIN' });
    expect(confirming?.recoveryCodes).toHaveLength(10);
    const recoveryCodes = confirming?.recoveryCodes as string[];
    expect((await graphql(app(), ME, {}, confirming?.accessToken)).data).toEqual({ me: { id: account.id } });

    expect(reason(await logIn(account.email))).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    const later = (await logIn(account.email, nextCode(secret))).data?.logIn;
    expect(later).toMatchObject({ accessToken: expect.any(String), recoveryCodes: null });

    // A replayed code is answered exactly as a wrong password is.
    const replayed = await logIn(account.email, nextCode(secret));
    const wrongPassword = await logIn(account.email, nextCode(secret), newAddress(), 'not the password at all');
    expect(reason(replayed)).toBe('AUTH.INVALID_CREDENTIALS');
    expect(replayed.errors).toEqual(wrongPassword.errors);

    expect((await logIn(account.email, recoveryCodes[0])).data?.logIn?.user.id).toBe(account.id);
    expect(reason(await logIn(account.email, recoveryCodes[0]))).toBe('AUTH.INVALID_CREDENTIALS');

    const audit = await database().query<{ action: string }>(
      'SELECT action FROM account_audit_events WHERE account_id = $1 ORDER BY id',
      [account.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'CREATE_ADMIN',
      'START_SECOND_FACTOR_ENROLLMENT',
      'START_SECOND_FACTOR_ENROLLMENT',
      'CONFIRM_SECOND_FACTOR',
      'USE_RECOVERY_CODE',
    ]);
    const log = logLines.join('\n');
    for (const kept of [secret, ...recoveryCodes]) expect(log).not.toContain(kept);
  });

  it('lets the right password with a valid code through an email-and-address pair refused after wrong codes', async () => {
    const admin = await signedInAccount(app(), database(), Role.ADMIN);
    const secret = admin.totpSecret as string;
    const guesser = newAddress();
    for (let i = 0; i < 5; i++)
      expect(reason(await logIn(admin.email, '000000', guesser))).toBe('AUTH.INVALID_CREDENTIALS');
    expect(reason(await logIn(admin.email, undefined, guesser))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(reason(await logIn(admin.email, '111111', guesser))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(reason(await logIn(admin.email, nextCode(secret), guesser, 'a wrong password'))).toBe(
      'AUTH.TOO_MANY_ATTEMPTS',
    );

    const through = await logIn(admin.email, nextCode(secret), guesser);
    expect(through.data?.logIn?.user).toEqual({ id: admin.id, role: 'ADMIN' });
  }, 30_000);

  it('gives a signed-in admin new recovery codes for a current code, and the old ones stop working', async () => {
    const admin = await signedInAccount(app(), database(), Role.ADMIN);
    const wrong = await graphql(app(), REGENERATE, { code: '000000' }, admin.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AUTH.WRONG_ONE_TIME_CODE',
      details: [{ field: 'oneTimeCode', reason: expect.any(String) }],
    });
    const regenerated = await graphql<{ regenerateRecoveryCodes: string[] }>(
      app(),
      REGENERATE,
      { code: nextCode(admin.totpSecret as string) },
      admin.token,
    );
    const codes = regenerated.data?.regenerateRecoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect((await logIn(admin.email, codes[9])).data?.logIn?.user.id).toBe(admin.id);
  });

  it('leaves the other roles as they were: no code asked, none taken, no enrollment', async () => {
    for (const role of [Role.PROVIDER, Role.THERAPIST]) {
      const account = await signedInAccount(app(), database(), role);
      expect((await logIn(account.email)).data?.logIn).toMatchObject({ recoveryCodes: null, user: { role } });
      const enrollment = await post(START_ENROLLMENT, { email: account.email, password: TEST_PASSWORD }, newAddress());
      expect(enrollment.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'AUTH.SECOND_FACTOR_NOT_NEEDED' });
      const regenerated = await graphql(app(), REGENERATE, { code: '000000' }, account.token);
      expect(regenerated.errors?.[0].extensions).toMatchObject({ reason: 'AUTH.SECOND_FACTOR_NOT_ENROLLED' });
    }
  });
});
