import { TotpSecretCipher } from './totp-secret-cipher';

const SECRET = 'D5NMRTXJ7DPYKFYO6QZR5VX6QSYTPEGH';
const ACCOUNT = '7d2f7a52-2b4e-4c51-9f0e-0d7d3f4c9a11';
const OTHER_ACCOUNT = '0b9e4c1d-5a8f-4e2b-8c7d-6f1a2b3c4d5e';

describe('TotpSecretCipher', () => {
  const cipher = new TotpSecretCipher('an app secret that is long enough for the check');

  it('opens what it sealed, and the sealed text shows nothing of the secret and differs every time', () => {
    const sealed = cipher.seal(SECRET, ACCOUNT);
    expect(cipher.open(sealed, ACCOUNT)).toBe(SECRET);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(SECRET);
    expect(cipher.seal(SECRET, ACCOUNT)).not.toBe(sealed);
  });

  it('refuses a secret moved to another account, sealed under another APP_SECRET, or altered', () => {
    const sealed = cipher.seal(SECRET, ACCOUNT);
    const [format, iv, tag, ciphertext] = sealed.split('.');
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] ^= 1;
    const altered = [format, iv, tag, flipped.toString('base64url')].join('.');
    expect(() => cipher.open(sealed, OTHER_ACCOUNT)).toThrow();
    expect(() => new TotpSecretCipher('another app secret, just as long as the first').open(sealed, ACCOUNT)).toThrow();
    expect(() => cipher.open(altered, ACCOUNT)).toThrow();
    expect(() => cipher.open('not sealed', ACCOUNT)).toThrow('Not a sealed TOTP secret');
  });
});
