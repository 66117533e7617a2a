import { FactoryProvider } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppConfig } from '../app-config';
import { buildKeyRing, KeyRing } from './key-ring';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/**
 * AES-256-GCM for what must stay secret at rest (client details, second-factor secrets, links waiting in the outbox),
 * in the application so the database (and its backups and logs) only ever sees ciphertext. Sealed text is `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url); `context` is bound as associated data
 * so a value cannot be moved to another row or field and still open.
 */
export class FieldCipher {
  constructor(private readonly ring: KeyRing) {}

  seal(plaintext: string, context: string): string {
    const { id, key } = this.ring.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      FORMAT,
      id,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  /** Throws when the value was tampered with, sealed for another context, or with a key no longer configured. */
  open(sealed: string, context: string): string {
    const [format, keyId, iv, tag, ciphertext, ...rest] = sealed.split('.');
    if (format !== FORMAT || ciphertext === undefined || rest.length) throw new Error('Not a sealed value');
    const dataKey = this.ring.byId.get(keyId);
    if (!dataKey) throw new Error(`No data key "${keyId}" is configured`);
    const decipher = createDecipheriv(ALGORITHM, dataKey.key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** The cipher with these keys (a bad key list throws): DATA_ENCRYPTION_KEYS, and the key derived from the secret. */
export function fieldCipherFor(appSecret: string, dataEncryptionKeys?: string): FieldCipher {
  return new FieldCipher(buildKeyRing(dataEncryptionKeys, appSecret));
}

export const FIELD_CIPHER_PROVIDER: FactoryProvider<FieldCipher> = {
  provide: FieldCipher,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => fieldCipherFor(config.appSecret, config.dataEncryptionKeys),
};
