import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';

/** What authenticator apps expect: 30-second steps, 6 digits, SHA-1 (otplib's defaults, named here once). */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Affirming Care Directory';
/** One step either side, for a phone's clock that is a little off and the seconds it takes to type the code. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

/** Binds a sealed secret to its account, so a secret copied to another account's row does not open. */
export function totpSecretContext(accountId: string): string {
  return `totp-secret:${accountId}`;
}

export interface TotpEnrollment {
  /** Base32, as authenticator apps take it typed in. */
  secret: string;
  otpauthUri: string;
}

export function newTotpEnrollment(label: string): TotpEnrollment {
  return totpEnrollment(generateSecret(), label);
}

export function totpEnrollment(secret: string, label: string): TotpEnrollment {
  return { secret, otpauthUri: generateURI({ issuer: ISSUER, label, secret }) };
}

export function totpCode(secret: string, at: Date = new Date()): string {
  return generateSync({ secret, epoch: epochOf(at) });
}

/**
 * The time step of the code (six digits, spaces allowed) when it is valid now and newer than `lastStep` (a code
 * already accepted, or one older than it, is refused: replayed); null otherwise.
 */
export function acceptedTimeStep(
  secret: string,
  code: string,
  lastStep: number | null,
  at: Date = new Date(),
): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const epoch = epochOf(at);
  // otplib throws on a bound past the window (a clock set back since); no later code can be newer than it.
  const newestStep = Math.floor(epoch / TOTP_PERIOD_SECONDS) + 1;
  const afterTimeStep = lastStep === null ? undefined : Math.min(lastStep, newestStep);
  const result = verifySync({ secret, token, epoch, epochTolerance: TOLERANCE_SECONDS, afterTimeStep });
  // The functional API types TOTP and HOTP results alike; only TOTP's carry the step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

function epochOf(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}
