import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AccountSessions, StartedSession } from './sessions/account-sessions';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import {
  AccountNotUsableError,
  EmailNotConfirmedError,
  InvalidCredentialsError,
  TooManyLogInAttemptsError,
} from './errors';
import { countChangeAfter, delayMs, isRefused, LogInOutcome } from './login-throttle.policy';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordHasher } from './password-hasher';
import { AccountStatus } from './roles';
import { SecondFactorPass, SecondFactorService } from './second-factor/second-factor.service';
import { SessionClient } from './sessions/session-client';

export interface LogInAttempt extends SessionClient {
  email: string;
  password: string;
  /** For accounts with a second factor: a code from the authenticator app, or a recovery code. */
  oneTimeCode?: string;
}

export interface LoggedIn extends StartedSession {
  /** Only on the log-in that confirmed a second factor. */
  recoveryCodes: string[] | null;
}

type SecondStep = (account: AccountEntity) => Promise<SecondFactorPass>;

const NO_SECOND_FACTOR: SecondFactorPass = { verified: false, recoveryCodes: null };

/**
 * Password log-in: repeated failures for one email from one address are refused for a while; failures for an
 * account from anywhere, or from an address for any email, only slow the answer (see login-throttle.policy).
 */
@Injectable()
export class LogInService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleRepository,
    private readonly sessions: AccountSessions,
    private readonly config: AppConfig,
    private readonly secondFactors: SecondFactorService,
  ) {}

  async logIn(attempt: LogInAttempt): Promise<LoggedIn> {
    const { account, recoveryCodes } = await this.check(attempt, (account) =>
      this.secondFactors.passForLogIn(account, attempt.oneTimeCode),
    );
    if (!account.emailVerifiedAt) throw new EmailNotConfirmedError();
    if (account.status !== AccountStatus.ACTIVE) throw new AccountNotUsableError(account.status);
    return { ...(await this.sessions.start(account, attempt)), recoveryCodes };
  }

  /** The account whose password this is, whatever its status; a failure counts toward the throttle like any other. */
  async checkPassword(attempt: LogInAttempt): Promise<AccountEntity> {
    return (await this.check(attempt, () => Promise.resolve(NO_SECOND_FACTOR))).account;
  }

  /** The password, then `secondStep`; a wrong password or a wrong code counts as a failure, anything else not. */
  private async check(
    attempt: LogInAttempt,
    secondStep: SecondStep,
  ): Promise<SecondFactorPass & { account: AccountEntity }> {
    const email = attempt.email.trim().toLowerCase();
    const keys = this.throttle.keysFor(email, attempt.address);
    const failures = await this.throttle.failures(keys);
    // Keyed by the typed email, so a refused unknown email looks exactly like a refused real one. A correct password
    // with a verified second factor goes through a refused pair: the refusal only stops guessing the password, which
    // the second factor makes pointless. Whatever else fails at a refused pair is answered with the refusal alone.
    const refused = isRefused(failures, this.config.loginThrottle);
    if (refused && !attempt.oneTimeCode) throw new TooManyLogInAttemptsError();
    await sleep(delayMs(failures, this.config.loginThrottle));
    const account = await this.accounts.findByEmail(email);
    const matched = await this.hasher.matches(attempt.password, account?.passwordHash);
    let pass: SecondFactorPass;
    try {
      if (!matched) throw new InvalidCredentialsError();
      pass = await secondStep(account as AccountEntity);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        await this.throttle.record(keys, countChangeAfter(LogInOutcome.FAILED));
      }
      throw refused ? new TooManyLogInAttemptsError() : error;
    }
    if (refused && !pass.verified) throw new TooManyLogInAttemptsError();
    await this.throttle.record(keys, countChangeAfter(LogInOutcome.SUCCEEDED));
    return { ...pass, account: account as AccountEntity };
  }
}
