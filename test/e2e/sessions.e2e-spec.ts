import { Role } from '@app/auth';
import request from 'supertest';
import { SessionTokens, signedInAccount, startSession, TEST_PASSWORD, TestAccount } from '@test/support/accounts';
import { graphql, GraphqlResponse } from '@test/support/graphql';
import { useTestApp } from '@test/support/use-test-app';

const SESSION_FIELDS = 'accessToken expiresAt refreshToken refreshTokenExpiresAt user { id }';
const LOG_IN = `mutation ($email: String!, $password: String!) { logIn(email: $email, password: $password) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${SESSION_FIELDS} } }`;
const ME = '{ me { id } }';
const MY_SESSIONS = '{ mySessions { id device approximateAddress startedAt lastSeenAt current } }';
const LOG_OUT = 'mutation { logOut }';
const LOG_OUT_EVERYWHERE = 'mutation { logOutEverywhere }';
const END_SESSION = 'mutation ($id: ID!) { endSession(id: $id) }';
const FIREFOX_ON_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

interface AuthSession extends SessionTokens {
  expiresAt: string;
  refreshTokenExpiresAt: string;
  user: { id: string };
}

interface ListedSession {
  id: string;
  device: string;
  approximateAddress: string;
  startedAt: string;
  lastSeenAt: string;
  current: boolean;
}

const errorOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions;
const NOT_SIGNED_IN = { code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' };

describe('Sessions: rotating refresh tokens, logging out, and the list of one’s sessions', () => {
  const { app, database, account } = useTestApp({ signedIn: [Role.ADMIN] });

  const logInFrom = async (email: string, from: string, userAgent: string): Promise<AuthSession> => {
    const response = await request(app().getHttpServer())
      .post('/graphql')
      .set('X-Forwarded-For', from)
      .set('User-Agent', userAgent)
      .send({ query: LOG_IN, variables: { email, password: TEST_PASSWORD } });
    return response.body.data.logIn as AuthSession;
  };
  const refresh = (refreshToken: string) => graphql<{ refreshSession: AuthSession }>(app(), REFRESH, { refreshToken });
  const me = (token: string) => graphql(app(), ME, {}, token);
  const works = async (tokens: SessionTokens) => (await me(tokens.accessToken)).data !== null;
  const mySessions = async (token: string) =>
    (await graphql<{ mySessions: ListedSession[] }>(app(), MY_SESSIONS, {}, token)).data!.mySessions;
  const newProvider = () => signedInAccount(app(), database(), Role.PROVIDER);
  const secondSession = (holder: TestAccount) => startSession(app(), holder.email);
  const sessionAudit = (accountId: string) =>
    database().query<{ actor_id: string | null; reason: string }>(
      `SELECT actor_id, reason FROM account_audit_events WHERE account_id = $1 AND action = 'END_SESSION' ORDER BY id`,
      [accountId],
    );

  it('hands out an access token and a refresh token at log-in, and rotates them on every refresh', async () => {
    const provider = await newProvider();
    const started = await logInFrom(provider.email, '203.0.113.10', FIREFOX_ON_MAC);
    expect(started).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      refreshTokenExpiresAt: expect.any(String),
      user: { id: provider.id },
    });
    expect(Date.parse(started.refreshTokenExpiresAt)).toBeGreaterThan(Date.parse(started.expiresAt));

    const refreshed = (await refresh(started.refreshToken)).data!.refreshSession;
    expect(refreshed.refreshToken).not.toBe(started.refreshToken);
    expect(refreshed.user).toEqual({ id: provider.id });
    expect(await works(refreshed)).toBe(true);
    const again = (await refresh(refreshed.refreshToken)).data!.refreshSession;
    expect(await works(again)).toBe(true);
  });

  it('ends the whole session when a spent refresh token is used again', async () => {
    const provider = await newProvider();
    const started = await startSession(app(), provider.email);
    const refreshed = (await refresh(started.refreshToken)).data!.refreshSession;

    expect(errorOf(await refresh(started.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    expect(errorOf(await refresh(refreshed.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    expect(await works(refreshed)).toBe(false);
    expect(await sessionAudit(provider.id)).toEqual([
      { actor_id: null, reason: expect.stringMatching(/^REFRESH_TOKEN_REUSED: session /) },
    ]);
  });

  it('refuses forged, malformed and oversized refresh tokens alike, naming no account', async () => {
    const refusals = await Promise.all(
      ['A'.repeat(43), 'not a token', ''].map(async (token) => (await refresh(token)).errors![0]),
    );
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        message: 'Your session is not valid; sign in again',
        extensions: NOT_SIGNED_IN,
      });
    }
    expect(errorOf(await refresh('A'.repeat(101)))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('logs out one session: its tokens stop working, the account’s other sessions go on', async () => {
    const provider = await newProvider();
    const other = await secondSession(provider);
    const loggedOut = await graphql(app(), LOG_OUT, {}, provider.token);
    expect(loggedOut.data).toEqual({ logOut: true });

    expect(errorOf(await me(provider.token))).toMatchObject(NOT_SIGNED_IN);
    expect(await works(other)).toBe(true);
    expect((await refresh(other.refreshToken)).data).toBeTruthy();
    expect(await sessionAudit(provider.id)).toEqual([
      { actor_id: provider.id, reason: expect.stringMatching(/^LOG_OUT: session /) },
    ]);
  });

  it('logs out everywhere: every session of the account ends, and no other account’s', async () => {
    const provider = await newProvider();
    const stranger = await newProvider();
    const others = [await secondSession(provider), await secondSession(provider)];
    const everywhere = await graphql(app(), LOG_OUT_EVERYWHERE, {}, provider.token);
    expect(everywhere.data).toEqual({ logOutEverywhere: 3 });

    expect(errorOf(await me(provider.token))).toMatchObject(NOT_SIGNED_IN);
    for (const other of others) {
      expect(await works(other)).toBe(false);
      expect(errorOf(await refresh(other.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    }
    expect((await me(stranger.token)).data).toBeTruthy();
    expect(await sessionAudit(provider.id)).toHaveLength(3);
  });

  it('lists one’s open sessions with device and network, never the full address', async () => {
    const provider = await newProvider();
    const mac = await logInFrom(provider.email, '203.0.113.77', FIREFOX_ON_MAC);
    await logInFrom(provider.email, '2001:db8:abcd:12::5', SAFARI_ON_IPHONE);
    const response = await graphql(app(), MY_SESSIONS, {}, mac.accessToken);
    expect(JSON.stringify(response)).not.toMatch(/203\.0\.113\.77|2001:db8:abcd:12::5/);

    const listed = await mySessions(mac.accessToken);
    expect(listed).toHaveLength(3);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ device: 'Firefox on macOS', approximateAddress: '203.0.113.x', current: true }),
        expect.objectContaining({ device: 'Safari on iOS', approximateAddress: '2001:db8:abcd::/48', current: false }),
      ]),
    );
    expect(listed.filter((session) => session.current)).toHaveLength(1);
    for (const session of listed) {
      expect(session).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          startedAt: expect.any(String),
          lastSeenAt: expect.any(String),
        }),
      );
    }
  });

  it('ends another of one’s own sessions, and treats another account’s session as missing', async () => {
    const provider = await newProvider();
    const stranger = await newProvider();
    const other = await secondSession(provider);
    const [strangersSession] = await mySessions(stranger.token);
    const otherId = (await mySessions(other.accessToken)).find((session) => session.current)!.id;
    const endSession = (id: string) => graphql(app(), END_SESSION, { id }, provider.token);

    const refused = await endSession(strangersSession.id);
    expect(errorOf(refused)).toMatchObject({ code: 'NOT_FOUND', reason: 'AUTH.SESSION_NOT_FOUND' });
    expect((await me(stranger.token)).data).toBeTruthy();
    expect(errorOf(await endSession('not-a-uuid'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'id', reason: 'must be a UUID' }],
    });

    expect((await endSession(otherId)).data).toEqual({ endSession: true });
    expect(await works(other)).toBe(false);
    expect(errorOf(await refresh(other.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    expect(errorOf(await endSession(otherId))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await me(provider.token)).data).toBeTruthy();
    expect((await mySessions(provider.token)).map((session) => session.id)).not.toContain(otherId);
  });

  it('ends every session of a suspended account at once, for good', async () => {
    const provider = await newProvider();
    const other = await secondSession(provider);
    const admin = account(Role.ADMIN);
    const decide = (name: string) =>
      graphql(
        app(),
        `mutation ($input: AccountDecisionInput!) { ${name}(input: $input) { id } }`,
        {
          input: { id: provider.id },
        },
        admin.token,
      );

    await decide('suspendAccount');
    expect(errorOf(await me(provider.token))).toMatchObject(NOT_SIGNED_IN);
    expect(errorOf(await refresh(other.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    await decide('reinstateAccount');
    expect(errorOf(await refresh(other.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    expect(await works(other)).toBe(false);
    expect(await sessionAudit(provider.id)).toEqual([
      { actor_id: admin.id, reason: expect.stringMatching(/^SUSPENDED: session /) },
      { actor_id: admin.id, reason: expect.stringMatching(/^SUSPENDED: session /) },
    ]);
  });

  it('keeps the caller’s session when they change their password, and ends the others', async () => {
    const provider = await newProvider();
    const other = await secondSession(provider);
    const changed = await graphql(
      app(),
      'mutation ($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id } }',
      { currentPassword: TEST_PASSWORD, newPassword: 'gravel tulip sonnet bramble' },
      provider.token,
    );
    expect(changed.data).toEqual({ changePassword: { id: provider.id } });

    expect((await me(provider.token)).data).toBeTruthy();
    expect(await works(other)).toBe(false);
    expect(errorOf(await refresh(other.refreshToken))).toMatchObject(NOT_SIGNED_IN);
    expect(await sessionAudit(provider.id)).toEqual([
      { actor_id: provider.id, reason: expect.stringMatching(/^PASSWORD_CHANGED: session /) },
    ]);
  });

  it('asks a caller who is not signed in to sign in before logging out or listing sessions', async () => {
    for (const operation of [LOG_OUT, LOG_OUT_EVERYWHERE, MY_SESSIONS]) {
      expect(errorOf(await graphql(app(), operation))).toMatchObject(NOT_SIGNED_IN);
    }
  });
});
