import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidInputError } from '../errors/domain-error';

/** The position after which the next page starts, tied to the query it came from. */
export interface CursorPayload {
  /** Values of the sort keys of the last row returned. */
  keys: Array<string | number>;
  /** Fingerprint of the query: a cursor is only valid for the query that issued it. */
  query: string;
}

const MAX_CURSOR_LENGTH = 1024;

/**
 * Opaque keyset cursors: base64url JSON plus an HMAC, so a tampered or foreign cursor is refused instead of
 * silently paging from an arbitrary place.
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(payload: CursorPayload): string {
    const body = Buffer.from(JSON.stringify([payload.query, payload.keys])).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  decode(cursor: string, field: string, expectedQuery: string): CursorPayload {
    const payload = this.verify(cursor, field);
    if (payload.query !== expectedQuery) {
      throw InvalidInputError.field(
        field,
        'cursor belongs to a different search; start again without it',
        'PAGINATION.CURSOR_MISMATCH',
      );
    }
    return payload;
  }

  private verify(cursor: string, field: string): CursorPayload {
    const invalid = () => InvalidInputError.field(field, 'is not a valid cursor', 'PAGINATION.INVALID_CURSOR');
    if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
    const [body, signature, ...rest] = cursor.split('.');
    if (!body || !signature || rest.length > 0 || !this.hasValidSignature(body, signature)) throw invalid();
    const parsed: unknown = safeJsonParse(Buffer.from(body, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
    const [query, keys] = parsed as unknown[];
    if (typeof query !== 'string' || !Array.isArray(keys) || !keys.every(isKeyValue)) throw invalid();
    return { query, keys };
  }

  private hasValidSignature(body: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

function isKeyValue(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
