import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
/** Lower-case letters and digits without the ones read alike (0/o, 1/l/i): 31 of them. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Ten fresh codes such as `k7mq-2xhd-9fpa` (over 59 random bits each): shown once, kept only as hashes. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** sha256 of the code as typed without spaces, dashes or capitals: the codes are random enough for a plain hash. */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(normalized(code)).digest('hex');
}

function newRecoveryCode(): string {
  const group = () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: GROUPS }, group).join('-');
}

function normalized(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
