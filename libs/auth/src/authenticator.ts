import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AccessTokens } from './access-tokens';
import { AccountRepository } from './account.repository';
import { SessionCaller } from './caller';
import { AuthenticationRequiredError } from './errors';
import { AccountStatus } from './roles';
import { SessionRepository } from './sessions/session.repository';

/**
 * Bearer token → caller. The account and the token's session are read on every request, so a suspension (which
 * raises the token version), any other status change, or the end of the session takes effect at once, not when the
 * token expires.
 */
@Injectable()
export class Authenticator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async authenticate(request: FastifyRequest): Promise<SessionCaller> {
    const header = request.headers.authorization;
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header ?? '');
    if (!match) throw new AuthenticationRequiredError();
    const claims = await this.tokens.verify(match[1]);
    const manager = this.dataSource.manager;
    const account = await this.accounts.findById(manager, claims.accountId);
    const active = account?.status === AccountStatus.ACTIVE && account.tokenVersion === claims.tokenVersion;
    if (!account || !active || !(await this.sessions.isOpen(manager, claims.sessionId, account.id))) {
      throw new AuthenticationRequiredError('Your session is not valid; sign in again');
    }
    return { id: account.id, role: account.role, sessionId: claims.sessionId };
  }
}
