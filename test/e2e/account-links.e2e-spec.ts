import { Role } from '@app/auth';
import { confirmEmail, logIn, signedInAccount, signUp, startSession, TEST_PASSWORD } from '@test/support/accounts';
import { graphql, GraphqlResponse } from '@test/support/graphql';
import { deliverMail, linkTokenFor, mailsTo } from '@test/support/mailbox';
import { useTestApp } from '@test/support/use-test-app';

const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET =
  'mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) { id emailConfirmed } }';
const RESEND = 'mutation ($email: String!) { resendEmailConfirmation(email: $email) }';
const ME = '{ me { id } }';
const REFRESH = 'mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken } }';
const NEW_PASSWORD = 'quartz lantern orchard bicycle';

const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;

describe('Links mailed to an account: confirming the address and resetting the password', () => {
  const { app, database, dataDir } = useTestApp({
    dataDir: true,
    environment: { PUBLIC_URL: 'https://directory.example' },
  });
  const requestReset = (email: string) => graphql(app(), REQUEST_RESET, { email });
  const reset = (token: string, newPassword = NEW_PASSWORD) =>
    graphql<{ resetPassword: { id: string; emailConfirmed: boolean } }>(app(), RESET, { token, newPassword });
  const resetLinkFor = async (email: string) => {
    await requestReset(email);
    await deliverMail(app());
    return linkTokenFor(dataDir(), email, '/reset-password');
  };

  it('answers a reset request the same for any address, and mails only an account’s owner', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    const known = await requestReset(provider.email);
    const unknown = await requestReset('nobody-here@example.test');
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestPasswordReset: true });
    await deliverMail(app());
    const [mail] = mailsTo(dataDir(), provider.email);
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toMatch(/https:\/\/directory\.example\/reset-password\?token=\S+/);
    expect(mail.text).toContain('for 30 minutes');
    expect(mailsTo(dataDir(), 'nobody-here@example.test')).toEqual([]);
  });

  it('sets a new password once, ends every session and token issued before, and audits it', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    const laptop = await startSession(app(), provider.email);
    const token = await resetLinkFor(provider.email);

    const weak = await reset(token, provider.email);
    expect(errorOf(weak)).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'newPassword' }] });

    const done = await reset(token);
    expect(done.data).toEqual({ resetPassword: { id: provider.id, emailConfirmed: true } });
    expect(errorOf(await graphql(app(), ME, {}, provider.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await graphql(app(), ME, {}, laptop.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const refreshed = await graphql(app(), REFRESH, { refreshToken: laptop.refreshToken });
    expect(errorOf(refreshed)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await reset(token))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.INVALID_LINK' });
    await expect(logIn(app(), provider.email, TEST_PASSWORD)).rejects.toThrow(/AUTH.INVALID_CREDENTIALS/);
    const fresh = await logIn(app(), provider.email, NEW_PASSWORD);
    expect((await graphql(app(), ME, {}, fresh)).data).toEqual({ me: { id: provider.id } });

    const audit = await database().query(
      `SELECT action, actor_id FROM account_audit_events WHERE account_id = $1 ORDER BY created_at`,
      [provider.id],
    );
    expect(audit).toEqual([
      { action: 'END_SESSION', actor_id: provider.id },
      { action: 'END_SESSION', actor_id: provider.id },
      { action: 'RESET_PASSWORD', actor_id: provider.id },
    ]);
  });

  it('refuses forged, expired, reused and wrong-purpose links alike, saying nothing about the account', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    const token = await resetLinkFor(provider.email);
    const [id] = token.split('.');
    const forged = `${id}.${'A'.repeat(43)}`;
    const unknownId = `00000000-0000-4000-8000-000000000000.${token.split('.')[1]}`;

    await signUp(app(), { email: 'purpose@example.test', displayName: 'Purpose', role: 'PROVIDER' });
    await deliverMail(app());
    const confirmation = linkTokenFor(dataDir(), 'purpose@example.test', '/confirm-email');

    const answers = await Promise.all(
      [forged, unknownId, 'not a token', confirmation].map(async (candidate) => errorOf(await reset(candidate))),
    );
    for (const answer of answers) {
      expect(answer).toEqual(answers[0]);
    }
    expect(answers[0]).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AUTH.INVALID_LINK' });

    await database().query(
      `UPDATE account_link_tokens SET expires_at = now() - interval '1 second', created_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    expect(errorOf(await reset(token))).toEqual(answers[0]);
    // The confirmation link, tried as a reset, still confirms.
    expect((await confirmEmail(app(), confirmation)).data?.confirmEmail).toMatchObject({ status: 'ACTIVE' });
  });

  it('keeps only hashes of links: neither the table nor the outbox holds one that works', async () => {
    const provider = await signedInAccount(app(), database(), Role.PROVIDER);
    const token = await resetLinkFor(provider.email);
    const [id, secret] = token.split('.');
    const [row] = await database().query<{ row: string }>(
      'SELECT t::text AS row FROM account_link_tokens t WHERE id = $1',
      [id],
    );
    expect(row.row).not.toContain(secret);
    const outbox = await database().query<{ row: string }>('SELECT o::text AS row FROM notification_outbox o');
    for (const { row: stored } of outbox) expect(stored).not.toContain(secret);
    expect(
      await database().query(`SELECT count(*)::int AS n FROM notification_outbox WHERE sealed_secret IS NOT NULL`),
    ).toEqual([{ n: 0 }]);
  });

  it('mails a fresh confirmation link on request, which replaces the lost one', async () => {
    await signUp(app(), { email: 'lost.link@example.test', displayName: 'Lost', role: 'PROVIDER' });
    await deliverMail(app());
    const first = linkTokenFor(dataDir(), 'lost.link@example.test', '/confirm-email');

    expect((await graphql(app(), RESEND, { email: 'lost.link@example.test' })).data).toEqual({
      resendEmailConfirmation: true,
    });
    expect((await graphql(app(), RESEND, { email: 'no.account@example.test' })).data).toEqual({
      resendEmailConfirmation: true,
    });
    await deliverMail(app());
    const second = linkTokenFor(dataDir(), 'lost.link@example.test', '/confirm-email');
    expect(second).not.toBe(first);
    expect(errorOf(await confirmEmail(app(), first))).toMatchObject({ reason: 'AUTH.INVALID_LINK' });
    expect((await confirmEmail(app(), second)).data?.confirmEmail).toMatchObject({ status: 'ACTIVE' });
    await expect(logIn(app(), 'lost.link@example.test')).resolves.toEqual(expect.any(String));
  });

  it('lets a reset confirm an address whose confirmation mail never arrived', async () => {
    await signUp(app(), { email: 'reset.first@example.test', displayName: 'Reset', role: 'PROVIDER' });
    const token = await resetLinkFor('reset.first@example.test');
    expect((await reset(token)).data?.resetPassword.emailConfirmed).toBe(true);
    await expect(logIn(app(), 'reset.first@example.test', NEW_PASSWORD)).resolves.toEqual(expect.any(String));
  });
});
