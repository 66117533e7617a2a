import { AppConfig } from '@app/config';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { AccessTokens } from './access-tokens';
import { AccountEntity } from './entities/account.entity';

const APP_SECRET = 'a-test-secret-that-is-long-enough-for-tokens';
const config = { appSecret: APP_SECRET, accessTokenTtlMinutes: 15 } as AppConfig;
const account = { id: '7d2f7a52-2b4e-4c51-9f0e-0d7d3f4c9a11', tokenVersion: 1 } as AccountEntity;
const SESSION_ID = '0b9f8c3e-6a1d-4f2b-8e7c-5d4a3b2c1f00';
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const session = { id: SESSION_ID, endsAt: inMinutes(60) };

// A signer holding the real key, as a second issuer with a bug would: only the claims differ from a real token.
const signer = new JwtService({
  secret: createHmac('sha256', APP_SECRET).update('access-token-signing-key').digest(),
});
const sign = (payload: object, options: object) => signer.sign(payload, { algorithm: 'HS256', ...options });
const claims = { subject: account.id, issuer: 'affirming-care-directory', audience: 'affirming-care-directory' };

describe('AccessTokens', () => {
  const sut = new AccessTokens(config);

  it('accepts the tokens it issues', async () => {
    const { token } = await sut.issue(account, session);

    await expect(sut.verify(token)).resolves.toEqual({ accountId: account.id, tokenVersion: 1, sessionId: SESSION_ID });
  });

  it('lives ACCESS_TOKEN_TTL_MINUTES, but never past the end of its session', async () => {
    const full = await sut.issue(account, session);
    const cut = await sut.issue(account, { id: SESSION_ID, endsAt: inMinutes(5) });

    expect(full.expiresAt.getTime()).toBeCloseTo(inMinutes(15).getTime(), -4);
    expect(cut.expiresAt.getTime()).toBeCloseTo(inMinutes(5).getTime(), -4);
  });

  const valid = { tv: 1, sid: SESSION_ID };

  it.each([
    ['without exp', sign(valid, claims)],
    ['without iat', sign(valid, { ...claims, expiresIn: 60, noTimestamp: true })],
    ['without an issuer', sign(valid, { subject: account.id, audience: claims.audience, expiresIn: 60 })],
    ['without an audience', sign(valid, { subject: account.id, issuer: claims.issuer, expiresIn: 60 })],
    ['without a session (issued before sessions existed)', sign({ tv: 1 }, { ...claims, expiresIn: 60 })],
    ['with a session id that is not a UUID', sign({ tv: 1, sid: "1' OR '1'='1" }, { ...claims, expiresIn: 60 })],
    ['expired', sign({ ...valid, exp: Math.floor(Date.now() / 1000) - 1 }, claims)],
  ])('refuses a token %s', async (_, token) => {
    await expect(sut.verify(token)).rejects.toThrow('Your session is not valid; sign in again');
  });
});
