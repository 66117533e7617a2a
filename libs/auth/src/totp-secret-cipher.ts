import { AppConfig } from '@app/config';
import { FactoryProvider } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/**
 * Seals TOTP secrets with AES-256-GCM under a key derived from APP_SECRET (as the access-token key is, with a label
 * of its own), so a copy of the database alone cannot produce codes. Sealed text is `v1.<iv>.<tag>.<ciphertext>`
 * (base64url); the account id is bound as associated data, so a secret moved to another account does not open.
 */
export class TotpSecretCipher {
  private readonly key: Buffer;

  constructor(appSecret: string) {
    this.key = createHmac('sha256', appSecret).update('totp-secret-encryption-key').digest();
  }

  seal(secret: string, accountId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(accountId));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map(encoded).join('.');
  }

  /** Throws when the value was tampered with, belongs to another account, or was sealed under another APP_SECRET. */
  open(sealed: string, accountId: string): string {
    const [format, iv, tag, ciphertext, ...rest] = sealed.split('.');
    if (format !== FORMAT || ciphertext === undefined || rest.length) throw new Error('Not a sealed TOTP secret');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(accountId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}

function encoded(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}

export const TOTP_SECRET_CIPHER_PROVIDER: FactoryProvider<TotpSecretCipher> = {
  provide: TotpSecretCipher,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => new TotpSecretCipher(config.appSecret),
};
