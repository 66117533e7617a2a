import { expiryOfNewSession, idleExpiry, lifetimeFor } from './session-lifetime';
import { Role } from '../roles';

const SETTINGS = {
  standard: { idleMinutes: 168 * 60, maxMinutes: 30 * 24 * 60 },
  admin: { idleMinutes: 30, maxMinutes: 12 * 60 },
};
const NOW = new Date('2026-11-30T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('session lifetimes', () => {
  it('gives admins their own, shorter lifetime and everyone else the standard one', () => {
    expect(lifetimeFor(Role.ADMIN, SETTINGS)).toBe(SETTINGS.admin);
    expect(lifetimeFor(Role.THERAPIST, SETTINGS)).toBe(SETTINGS.standard);
    expect(lifetimeFor(Role.PROVIDER, SETTINGS)).toBe(SETTINGS.standard);
  });

  it('starts a session with both its idle and its absolute end', () => {
    expect(expiryOfNewSession(SETTINGS.admin, NOW)).toEqual({ idleExpiresAt: later(30), expiresAt: later(720) });
    expect(expiryOfNewSession(SETTINGS.standard, NOW)).toEqual({
      idleExpiresAt: later(168 * 60),
      expiresAt: later(30 * 24 * 60),
    });
  });

  it('moves the idle end on from each refresh, but never past the absolute end', () => {
    expect(idleExpiry(SETTINGS.admin, later(100), later(720))).toEqual(later(130));
    expect(idleExpiry(SETTINGS.admin, later(700), later(720))).toEqual(later(720));
  });

  it('never lets the idle end pass the absolute end, even when idle is set longer', () => {
    const lopsided = { idleMinutes: 600, maxMinutes: 60 };
    expect(expiryOfNewSession(lopsided, NOW)).toEqual({ idleExpiresAt: later(60), expiresAt: later(60) });
  });
});
