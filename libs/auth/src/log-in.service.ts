import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AccessTokens, IssuedToken } from './access-tokens';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { AccountNotUsableError, InvalidCredentialsError, TooManyLogInAttemptsError } from './errors';
import { failureDelayMs } from './login-throttle.policy';
import { LoginThrottleRepository, ThrottleKeys } from './login-throttle.repository';
import { PasswordHasher } from './password-hasher';
import { AccountStatus } from './roles';

export interface LogInAttempt {
  email: string;
  password: string;
  address: string;
}

export interface Session extends IssuedToken {
  account: AccountEntity;
}

/** Password log-in, slowed and then refused after repeated failures per account and per address. */
@Injectable()
export class LogInService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleRepository,
    private readonly tokens: AccessTokens,
    private readonly config: AppConfig,
  ) {}

  async logIn(attempt: LogInAttempt): Promise<Session> {
    const email = attempt.email.trim().toLowerCase();
    const keys = this.throttle.keysFor(email, attempt.address);
    // Keyed by the typed email, so a locked-out unknown email looks exactly like a locked-out real one.
    if (await this.throttle.isLockedOut(keys)) throw new TooManyLogInAttemptsError();
    const account = await this.accounts.findByEmail(email);
    if (!(await this.hasher.matches(attempt.password, account?.passwordHash))) return this.fail(keys);
    await this.throttle.clearAccount(keys);
    const usable = account as AccountEntity;
    if (usable.status !== AccountStatus.ACTIVE) throw new AccountNotUsableError(usable.status);
    return { ...(await this.tokens.issue(usable)), account: usable };
  }

  private async fail(keys: ThrottleKeys): Promise<never> {
    const failures = await this.throttle.recordFailure(keys);
    await sleep(failureDelayMs(failures, this.config.loginThrottle));
    throw new InvalidCredentialsError();
  }
}
