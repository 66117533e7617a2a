import type { SessionLifetime, SessionSettings } from '@app/config';
import { Role } from '../roles';

const MINUTE_MS = 60_000;

export interface SessionExpiry {
  /** When the session ends if its refresh token goes unused; moves on with every refresh, never past `expiresAt`. */
  idleExpiresAt: Date;
  /** When the session ends however it is used. */
  expiresAt: Date;
}

/** Admins' sessions are shorter: an admin's forgotten session can suspend anyone. */
export function lifetimeFor(role: Role, settings: SessionSettings): SessionLifetime {
  return role === Role.ADMIN ? settings.admin : settings.standard;
}

export function expiryOfNewSession(lifetime: SessionLifetime, now: Date): SessionExpiry {
  const expiresAt = new Date(now.getTime() + lifetime.maxMinutes * MINUTE_MS);
  return { idleExpiresAt: idleExpiry(lifetime, now, expiresAt), expiresAt };
}

/** Pushed on by each refresh, up to the session's end. */
export function idleExpiry(lifetime: SessionLifetime, now: Date, expiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + lifetime.idleMinutes * MINUTE_MS, expiresAt.getTime()));
}
