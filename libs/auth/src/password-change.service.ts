import { InvalidInputError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountNotFoundError } from './account-administration.service';
import { AccountSessions } from './sessions/account-sessions';
import { AccountRepository } from './account.repository';
import { Caller } from './caller';
import { AccountEntity } from './entities/account.entity';
import { InvalidCredentialsError, UnchangedPasswordError, WrongCurrentPasswordError } from './errors';
import { LogInService } from './log-in.service';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-strength';
import { SessionEndReason } from './sessions/session.repository';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  address: string;
  /** The session the change is made in: it goes on, every other one of the account's ends. */
  sessionId: string;
}

/**
 * A signed-in account replaces its password, proving it knows the current one; every change audited. Whoever else
 * was signed in with the old password is signed out.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly logIn: LogInService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: AccountSessions,
  ) {}

  async change(caller: Caller, change: PasswordChange): Promise<AccountEntity> {
    const account = await this.accounts.findById(this.dataSource.manager, caller.id);
    if (!account) throw new AccountNotFoundError();
    const problem = passwordProblem(change.newPassword, [account.email, account.displayName]);
    if (problem) throw InvalidInputError.field('newPassword', problem);
    await this.checkCurrent(account, change);
    if (change.newPassword === change.currentPassword) throw new UnchangedPasswordError();
    const passwordHash = await this.hasher.hash(change.newPassword);
    return this.accounts.transaction(async (manager) => {
      await this.accounts.changePasswordHash(manager, account.id, passwordHash);
      await this.accounts.appendAudit(manager, {
        accountId: account.id,
        actorId: caller.id,
        action: 'CHANGE_PASSWORD',
        fromStatus: account.status,
        toStatus: account.status,
        reason: null,
      });
      const ending = { reason: SessionEndReason.PASSWORD_CHANGED, actorId: caller.id };
      await this.sessions.endAll(manager, account.id, ending, change.sessionId);
      return (await this.accounts.findById(manager, account.id)) as AccountEntity;
    });
  }

  // Checked as a log-in is, so guessing the password through this mutation is throttled the same way.
  private async checkCurrent(account: AccountEntity, change: PasswordChange): Promise<void> {
    try {
      await this.logIn.checkPassword({
        email: account.email,
        password: change.currentPassword,
        address: change.address,
      });
    } catch (error) {
      throw error instanceof InvalidCredentialsError ? new WrongCurrentPasswordError() : error;
    }
  }
}
