import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// @node-rs/argon2 declares its Algorithm as a const enum, which isolated-module compilers cannot inline.
const ARGON2ID = 2;

/** Argon2id with the library's defaults (OWASP's recommended minimum: 19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  // A real hash of a random secret: checking against it when an email is unknown costs the same as a real check.
  private readonly decoy = hash(randomBytes(32).toString('hex'), { algorithm: ARGON2ID });

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  /** Constant-time comparison (inside argon2); `storedHash` undefined means the account does not exist. */
  async matches(password: string, storedHash: string | undefined): Promise<boolean> {
    const matched = await verify(storedHash ?? (await this.decoy), password);
    return storedHash !== undefined && matched;
  }
}
