import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AccessTokens } from './access-tokens';
import { AccountRepository } from './account.repository';
import { Caller } from './caller';
import { AuthenticationRequiredError } from './errors';
import { AccountStatus } from './roles';

/**
 * Bearer token → caller. The account is read on every request so a suspension (which raises the token version)
 * or any other status change takes effect at once, not when the token expires.
 */
@Injectable()
export class Authenticator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly accounts: AccountRepository,
  ) {}

  async authenticate(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization;
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header ?? '');
    if (!match) throw new AuthenticationRequiredError();
    const claims = await this.tokens.verify(match[1]);
    const account = await this.accounts.findById(this.dataSource.manager, claims.accountId);
    if (!account || account.status !== AccountStatus.ACTIVE || account.tokenVersion !== claims.tokenVersion) {
      throw new AuthenticationRequiredError('Your session is not valid; sign in again');
    }
    return { id: account.id, role: account.role };
  }
}
