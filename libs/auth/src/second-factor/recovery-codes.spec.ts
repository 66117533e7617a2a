import { createHash } from 'node:crypto';
import { newRecoveryCodes, RECOVERY_CODE_COUNT, recoveryCodeHash } from './recovery-codes';

describe('recovery codes', () => {
  it('are ten distinct codes of three groups of four unambiguous characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
  });

  it('differ from one set to the next', () => {
    const first = new Set(newRecoveryCodes());
    expect(newRecoveryCodes().some((code) => first.has(code))).toBe(false);
  });

  it('are kept as the sha256 of the code without its dashes, matched however it is typed', () => {
    const hash = recoveryCodeHash('k7mq-2xhd-9fpa');
    expect(hash).toBe(createHash('sha256').update('k7mq2xhd9fpa').digest('hex'));
    expect(recoveryCodeHash(' K7MQ 2XHD-9fpa ')).toBe(hash);
    expect(recoveryCodeHash('k7mq-2xhd-9fpb')).not.toBe(hash);
  });
});
