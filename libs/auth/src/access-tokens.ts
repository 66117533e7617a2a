import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { AccountEntity } from './entities/account.entity';
import { AuthenticationRequiredError } from './errors';

export interface AccessTokenClaims {
  accountId: string;
  tokenVersion: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'affirming-care-directory';

/** Short-lived HS256 JWTs; the key is derived from APP_SECRET so one secret serves cursors and tokens. */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    const key = createHmac('sha256', config.appSecret).update('access-token-signing-key').digest();
    this.jwt = new JwtService({ secret: key, signOptions: { algorithm: 'HS256', issuer: ISSUER, audience: ISSUER } });
  }

  async issue(account: AccountEntity): Promise<IssuedToken> {
    const ttlSeconds = this.config.accessTokenTtlMinutes * 60;
    const token = await this.jwt.signAsync(
      { tv: account.tokenVersion },
      { subject: account.id, expiresIn: ttlSeconds },
    );
    return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; tv?: unknown; exp?: unknown; iat?: unknown }>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: ISSUER,
      });
      // The library checks exp only when it is there: a token without it would never expire.
      const timed = typeof payload.exp === 'number' && typeof payload.iat === 'number';
      if (!timed || typeof payload.sub !== 'string' || typeof payload.tv !== 'number') {
        throw new Error('malformed claims');
      }
      return { accountId: payload.sub, tokenVersion: payload.tv };
    } catch {
      throw new AuthenticationRequiredError('Your session is not valid; sign in again');
    }
  }
}
