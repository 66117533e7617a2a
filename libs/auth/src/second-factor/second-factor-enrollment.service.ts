import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountNotFoundError } from '../account-administration.service';
import { AccountRepository } from '../account.repository';
import { Caller } from '../caller';
import {
  AccountEmailNotFoundError,
  AccountNotUsableError,
  InvalidCredentialsError,
  SecondFactorNotEnrolledError,
  SecondFactorNotNeededError,
  WrongOneTimeCodeError,
} from '../errors';
import { LogInAttempt, LogInService } from '../log-in.service';
import { AccountStatus } from '../roles';
import { SecondFactorRepository } from './second-factor.repository';
import { needsSecondFactor, SecondFactorService } from './second-factor.service';
import { TotpEnrollment } from './totp';

/** Setting up, replacing and backing up an account's authenticator app. */
@Injectable()
export class SecondFactorEnrollmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly repository: SecondFactorRepository,
    private readonly logIn: LogInService,
    private readonly secondFactors: SecondFactorService,
  ) {}

  /**
   * A new pending secret for an account that must have a second factor and has none confirmed, checked with the
   * password as a log-in is (throttled); the next log-in with one of its codes confirms it.
   */
  async start(attempt: LogInAttempt): Promise<TotpEnrollment> {
    const account = await this.logIn.checkPassword(attempt);
    if (account.status !== AccountStatus.ACTIVE) throw new AccountNotUsableError(account.status);
    if (!needsSecondFactor(account.role)) throw new SecondFactorNotNeededError();
    return this.accounts.transaction((manager) =>
      this.secondFactors.beginEnrollment(manager, account, 'START_SECOND_FACTOR_ENROLLMENT', account.id),
    );
  }

  /** New recovery codes for a signed-in account, proven with a current code (or one of the old recovery codes). */
  async regenerateRecoveryCodes(caller: Caller, oneTimeCode: string): Promise<string[]> {
    const account = await this.accounts.findById(this.dataSource.manager, caller.id);
    if (!account) throw new AccountNotFoundError();
    const factor = await this.secondFactors.findSecret(account.id);
    if (!factor?.confirmed) throw new SecondFactorNotEnrolledError();
    await this.secondFactors.verifyConfirmed(account, factor, oneTimeCode).catch((error: unknown) => {
      throw error instanceof InvalidCredentialsError ? new WrongOneTimeCodeError() : error;
    });
    return this.accounts.transaction((manager) =>
      this.secondFactors.replaceRecoveryCodes(manager, account, 'REGENERATE_RECOVERY_CODES'),
    );
  }

  /**
   * For an operator, when an admin has lost both the app and the recovery codes: the old secret and codes stop
   * working and a new pending secret is returned, confirmed by the admin's next log-in.
   */
  async reset(email: string): Promise<TotpEnrollment> {
    const account = await this.accounts.findByEmail(email.trim().toLowerCase());
    if (!account) throw new AccountEmailNotFoundError();
    if (!needsSecondFactor(account.role)) throw new SecondFactorNotNeededError();
    return this.accounts.transaction(async (manager) => {
      await this.repository.remove(manager, account.id);
      return this.secondFactors.beginEnrollment(manager, account, 'RESET_SECOND_FACTOR', null);
    });
  }
}
