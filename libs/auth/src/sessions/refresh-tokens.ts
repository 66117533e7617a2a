import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, URL-safe: shown to the client once and stored only as its digest. */
export function newRefreshToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Anything else is refused before the database is asked. */
export function isWellFormedRefreshToken(token: string): boolean {
  return TOKEN_FORMAT.test(token);
}

/**
 * SHA-256 suffices, unlike for passwords: the token is random, so there is no dictionary to try. Tokens are found by
 * their digest, so the time a look-up takes tells nothing about any stored token's text.
 */
export function refreshTokenDigest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
