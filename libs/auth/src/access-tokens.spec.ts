import { AppConfig } from '@app/config';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { AccessTokens } from './access-tokens';
import { AccountEntity } from './entities/account.entity';

const APP_SECRET = 'a-test-secret-that-is-long-enough-for-tokens';
const config = { appSecret: APP_SECRET, accessTokenTtlMinutes: 15 } as AppConfig;
const account = { id: '7d2f7a52-2b4e-4c51-9f0e-0d7d3f4c9a11', tokenVersion: 1 } as AccountEntity;

// A signer holding the real key, as a second issuer with a bug would: only the claims differ from a real token.
const signer = new JwtService({
  secret: createHmac('sha256', APP_SECRET).update('access-token-signing-key').digest(),
});
const sign = (payload: object, options: object) => signer.sign(payload, { algorithm: 'HS256', ...options });
const claims = { subject: account.id, issuer: 'affirming-care-directory', audience: 'affirming-care-directory' };

describe('AccessTokens', () => {
  const sut = new AccessTokens(config);

  it('accepts the tokens it issues', async () => {
    const { token } = await sut.issue(account);

    await expect(sut.verify(token)).resolves.toEqual({ accountId: account.id, tokenVersion: 1 });
  });

  it.each([
    ['without exp', sign({ tv: 1 }, claims)],
    ['without iat', sign({ tv: 1 }, { ...claims, expiresIn: 60, noTimestamp: true })],
    ['without an issuer', sign({ tv: 1 }, { subject: account.id, audience: claims.audience, expiresIn: 60 })],
    ['without an audience', sign({ tv: 1 }, { subject: account.id, issuer: claims.issuer, expiresIn: 60 })],
    ['expired', sign({ tv: 1, exp: Math.floor(Date.now() / 1000) - 1 }, claims)],
  ])('refuses a token %s', async (_, token) => {
    await expect(sut.verify(token)).rejects.toThrow('Your session is not valid; sign in again');
  });
});
