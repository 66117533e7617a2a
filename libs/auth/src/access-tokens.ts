import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { AccountEntity } from './entities/account.entity';
import { AuthenticationRequiredError } from './errors';

export interface AccessTokenClaims {
  accountId: string;
  tokenVersion: number;
  sessionId: string;
}

/** The session a token is issued in: the token names it and never outlives it. */
export interface TokenSession {
  id: string;
  endsAt: Date;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'affirming-care-directory';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Checked before the ids reach SQL, where a malformed one would be an error rather than a refusal.
function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Short-lived HS256 JWTs; the key is derived from APP_SECRET so one secret serves cursors and tokens. */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    const key = createHmac('sha256', config.appSecret).update('access-token-signing-key').digest();
    this.jwt = new JwtService({ secret: key, signOptions: { algorithm: 'HS256', issuer: ISSUER, audience: ISSUER } });
  }

  async issue(account: AccountEntity, session: TokenSession): Promise<IssuedToken> {
    const sessionSeconds = Math.floor((session.endsAt.getTime() - Date.now()) / 1000);
    const ttlSeconds = Math.max(1, Math.min(this.config.accessTokenTtlMinutes * 60, sessionSeconds));
    const token = await this.jwt.signAsync(
      { tv: account.tokenVersion, sid: session.id },
      { subject: account.id, expiresIn: ttlSeconds },
    );
    return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const payload = await this.jwt.verifyAsync<{
        sub?: unknown;
        tv?: unknown;
        sid?: unknown;
        exp?: unknown;
        iat?: unknown;
      }>(token, { algorithms: ['HS256'], issuer: ISSUER, audience: ISSUER });
      // The library checks exp only when it is there: a token without it would never expire.
      const timed = typeof payload.exp === 'number' && typeof payload.iat === 'number';
      if (!timed || !isUuid(payload.sub) || typeof payload.tv !== 'number' || !isUuid(payload.sid)) {
        throw new Error('malformed claims');
      }
      return { accountId: payload.sub, tokenVersion: payload.tv, sessionId: payload.sid };
    } catch {
      throw new AuthenticationRequiredError('Your session is not valid; sign in again');
    }
  }
}
