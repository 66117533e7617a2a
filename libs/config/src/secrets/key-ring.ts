import { hkdfSync } from 'node:crypto';

export interface DataKey {
  id: string;
  key: Buffer;
}

/** The key new data is sealed with, and every key old data may have been sealed with. */
export interface KeyRing {
  current: DataKey;
  byId: ReadonlyMap<string, DataKey>;
}

/** Id of the key derived from APP_SECRET; kept readable after explicit keys are configured. */
export const DERIVED_KEY_ID = 'app-secret';

/**
 * Builds the ring from `id:base64,…` (first = current). The key derived from the app secret always stays in the
 * ring for reading, so configuring explicit keys later does not strand rows sealed before.
 */
export function buildKeyRing(configured: string | undefined, appSecret: string): KeyRing {
  const derived: DataKey = { id: DERIVED_KEY_ID, key: deriveKey(appSecret) };
  const explicit = configured ? parseKeys(configured) : [];
  const keys = [...explicit, derived];
  const byId = new Map<string, DataKey>();
  for (const key of keys) {
    if (byId.has(key.id)) throw new Error(`DATA_ENCRYPTION_KEYS: key id "${key.id}" is used twice`);
    byId.set(key.id, key);
  }
  return { current: keys[0], byId };
}

function parseKeys(configured: string): DataKey[] {
  return configured.split(',').map((pair) => {
    const [id, encoded] = pair.split(':');
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new Error(`DATA_ENCRYPTION_KEYS: key "${id}" must be 32 bytes`);
    return { id, key };
  });
}

function deriveKey(appSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'affirming-care-directory', 'referral-client-data-v1', 32));
}
