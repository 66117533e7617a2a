import { randomBytes } from 'node:crypto';
import { buildKeyRing, DERIVED_KEY_ID } from './key-ring';
import { FieldCipher } from './field-cipher';

const SECRET = 'a-secret-long-enough-for-the-configuration-check';
const keyList = (...ids: string[]) => ids.map((id) => `${id}:${randomBytes(32).toString('base64')}`).join(',');

describe('FieldCipher', () => {
  const sut = new FieldCipher(buildKeyRing(undefined, SECRET));

  it('round-trips a value in its context, without the plaintext in the sealed text', () => {
    const sealed = sut.seal('Zephyrine, +1 785 555 0199', 'referral:1:client-details');
    expect(sealed).not.toContain('Zephyrine');
    expect(sealed.startsWith(`v1.${DERIVED_KEY_ID}.`)).toBe(true);
    expect(sut.open(sealed, 'referral:1:client-details')).toBe('Zephyrine, +1 785 555 0199');
  });

  it('uses a fresh IV each time', () => {
    expect(sut.seal('same', 'c')).not.toBe(sut.seal('same', 'c'));
  });

  it('refuses a value moved to another referral or field', () => {
    const sealed = sut.seal('note', 'referral:1:client-details');
    expect(() => sut.open(sealed, 'referral:2:client-details')).toThrow();
    expect(() => sut.open(sealed, 'referral:1:outcome-note')).toThrow();
  });

  it('refuses a tampered value', () => {
    const parts = sut.seal('note', 'c').split('.');
    parts[4] = Buffer.from('forged').toString('base64url');
    expect(() => sut.open(parts.join('.'), 'c')).toThrow();
  });

  it('seals with the first configured key and still opens values sealed with older ones', () => {
    const older = keyList('k1');
    const before = new FieldCipher(buildKeyRing(older, SECRET));
    const derivedEra = sut.seal('from before any key was configured', 'c');
    const k1Era = before.seal('from the k1 era', 'c');

    const rotated = new FieldCipher(buildKeyRing(`${keyList('k2')},${older}`, SECRET));
    expect(rotated.seal('new', 'c').split('.')[1]).toBe('k2');
    expect(rotated.open(k1Era, 'c')).toBe('from the k1 era');
    expect(rotated.open(derivedEra, 'c')).toBe('from before any key was configured');
  });

  it('cannot open a value whose key is no longer configured', () => {
    const sealed = new FieldCipher(buildKeyRing(keyList('gone'), SECRET)).seal('x', 'c');
    expect(() => new FieldCipher(buildKeyRing(keyList('k3'), SECRET)).open(sealed, 'c')).toThrow(/No data key "gone"/);
  });

  it.each([
    ['a short key', 'k1:c2hvcnQ='],
    ['a repeated id', `${keyList('k1')},${keyList('k1')}`],
  ])('refuses a key list with %s', (_, configured) => {
    expect(() => buildKeyRing(configured, SECRET)).toThrow(/DATA_ENCRYPTION_KEYS/);
  });
});
