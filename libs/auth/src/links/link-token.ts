import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export enum LinkPurpose {
  CONFIRM_EMAIL = 'CONFIRM_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** 256 random bits, base64url: what the link carries and the database never sees. */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** `<row id>.<secret>`: the id finds the row, the secret proves the link, compared in constant time. */
export function formatLinkToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

export function parseLinkToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

export function linkSecretMatches(secret: string, hash: Buffer): boolean {
  const candidate = hashLinkSecret(secret);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
