import { formatLinkToken, hashLinkSecret, linkSecretMatches, newLinkSecret, parseLinkToken } from './link-token';

describe('link tokens', () => {
  const id = '0b6b4a8e-8f4e-4a4b-9a57-3c2d1e0f9a8b';

  it('carry 256 random bits that differ every time', () => {
    const secrets = new Set(Array.from({ length: 100 }, newLinkSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
  });

  it('read back the row id and the secret they were made of', () => {
    const secret = newLinkSecret();
    expect(parseLinkToken(formatLinkToken(id, secret))).toEqual({ id, secret });
  });

  it.each(['', 'garbage', `${id}.short`, `${id.toUpperCase()}.${'a'.repeat(43)}`, `${id}.${'a'.repeat(43)}.x`])(
    'refuse anything else: %j',
    (token) => {
      expect(parseLinkToken(token)).toBeNull();
    },
  );

  it('match only the secret whose hash was stored', () => {
    const secret = newLinkSecret();
    const stored = hashLinkSecret(secret);
    expect(linkSecretMatches(secret, stored)).toBe(true);
    expect(linkSecretMatches(newLinkSecret(), stored)).toBe(false);
    expect(linkSecretMatches(secret, Buffer.alloc(16))).toBe(false);
  });
});
