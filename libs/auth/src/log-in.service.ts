import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AccountSessions, StartedSession } from './account-sessions';
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
import { SessionClient } from './session-client';

export interface LogInAttempt extends SessionClient {
  email: string;
  password: string;
}

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
  ) {}

  async logIn(attempt: LogInAttempt): Promise<StartedSession> {
    const account = await this.checkPassword(attempt);
    if (!account.emailVerifiedAt) throw new EmailNotConfirmedError();
    if (account.status !== AccountStatus.ACTIVE) throw new AccountNotUsableError(account.status);
    return this.sessions.start(account, attempt);
  }

  /** The account whose password this is, whatever its status; a failure counts toward the throttle like any other. */
  async checkPassword(attempt: LogInAttempt): Promise<AccountEntity> {
    const email = attempt.email.trim().toLowerCase();
    const keys = this.throttle.keysFor(email, attempt.address);
    const failures = await this.throttle.failures(keys);
    // Keyed by the typed email, so a refused unknown email looks exactly like a refused real one. Once accounts have
    // a second factor, a correct password with a verified second factor goes through a refused pair: the refusal
    // only stops guessing the password, which the second factor makes pointless. Check both here, before refusing.
    if (isRefused(failures, this.config.loginThrottle)) throw new TooManyLogInAttemptsError();
    await sleep(delayMs(failures, this.config.loginThrottle));
    const account = await this.accounts.findByEmail(email);
    const matched = await this.hasher.matches(attempt.password, account?.passwordHash);
    await this.throttle.record(keys, countChangeAfter(matched ? LogInOutcome.SUCCEEDED : LogInOutcome.FAILED));
    if (!matched) throw new InvalidCredentialsError();
    return account as AccountEntity;
  }
}
