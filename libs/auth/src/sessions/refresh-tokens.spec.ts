import { isWellFormedRefreshToken, newRefreshToken, refreshTokenDigest } from './refresh-tokens';

describe('refresh tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = Array.from({ length: 50 }, newRefreshToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('accept only their own format', () => {
    expect(isWellFormedRefreshToken(newRefreshToken())).toBe(true);
    for (const forged of ['', 'short', `${newRefreshToken()}A`, `${newRefreshToken().slice(0, 42)}=`, 'a'.repeat(42)]) {
      expect(isWellFormedRefreshToken(forged)).toBe(false);
    }
  });

  it('are stored as a SHA-256 digest that never contains the token', () => {
    const token = newRefreshToken();
    const digest = refreshTokenDigest(token);
    expect(digest).toHaveLength(32);
    expect(digest.equals(refreshTokenDigest(token))).toBe(true);
    expect(digest.toString('base64url')).not.toBe(token);
    expect(digest.equals(refreshTokenDigest(newRefreshToken()))).toBe(false);
  });
});
