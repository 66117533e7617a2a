import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from './access.decorators';
import { AccountAdministrationService, AccountNotFoundError } from './account-administration.service';
import { AccountRegistrationService } from './account-registration.service';
import { toAccount, toAuthSession } from './auth.mapper';
import { Caller, ClientAddress, CurrentUser } from './caller';
import { ChangePasswordArgs } from './dto/change-password.args';
import { CredentialsArgs, LogInArgs, OneTimeCodeArgs } from './dto/log-in.args';
import { SignUpInput } from './dto/sign-up.input';
import { LogInService } from './log-in.service';
import { Account, AuthSession } from './models/account.model';
import { SecondFactorEnrollment } from './models/second-factor.model';
import { PasswordChangeService } from './password-change.service';
import { SecondFactorEnrollmentService } from './second-factor-enrollment.service';

@Resolver(() => Account)
export class AuthResolver {
  constructor(
    private readonly registration: AccountRegistrationService,
    private readonly logInService: LogInService,
    private readonly administration: AccountAdministrationService,
    private readonly passwords: PasswordChangeService,
    private readonly secondFactors: SecondFactorEnrollmentService,
  ) {}

  @Public()
  @Mutation(() => Account, {
    description: 'Therapist accounts wait for an admin’s approval; provider accounts work at once',
  })
  async signUp(@Args('input') { role, licenses, ...registration }: SignUpInput): Promise<Account> {
    return toAccount(await this.registration.signUp(registration, role, licenses));
  }

  @Public()
  @Mutation(() => AuthSession, {
    description: 'Admins also give oneTimeCode; the first log-in with a code of a new authenticator app confirms it',
  })
  async logIn(
    @Args() { email, password, oneTimeCode }: LogInArgs,
    @ClientAddress() address: string,
  ): Promise<AuthSession> {
    return toAuthSession(await this.logInService.logIn({ email, password, oneTimeCode, address }));
  }

  @Public()
  @Mutation(() => SecondFactorEnrollment, {
    description:
      'For an admin without a confirmed authenticator app: a new secret to add to one (checked as a log-in is)',
  })
  startSecondFactorEnrollment(
    @Args() { email, password }: CredentialsArgs,
    @ClientAddress() address: string,
  ): Promise<SecondFactorEnrollment> {
    return this.secondFactors.start({ email, password, address });
  }

  @SignedIn()
  @Mutation(() => [String], {
    description: 'Ten new recovery codes, shown once; the old ones stop working. Needs a current code',
  })
  regenerateRecoveryCodes(@Args() { oneTimeCode }: OneTimeCodeArgs, @CurrentUser() caller: Caller): Promise<string[]> {
    return this.secondFactors.regenerateRecoveryCodes(caller, oneTimeCode);
  }

  @SignedIn()
  @Mutation(() => Account, {
    description: 'Replaces the signed-in account’s password; wrong tries count toward the log-in throttle',
  })
  async changePassword(
    @Args() change: ChangePasswordArgs,
    @CurrentUser() caller: Caller,
    @ClientAddress() address: string,
  ): Promise<Account> {
    return toAccount(await this.passwords.change(caller, { ...change, address }));
  }

  @SignedIn()
  @Query(() => Account, { description: 'The signed-in account' })
  async me(@CurrentUser() caller: Caller): Promise<Account> {
    const account = await this.administration.find(caller.id);
    if (!account) throw new AccountNotFoundError();
    return toAccount(account);
  }
}
