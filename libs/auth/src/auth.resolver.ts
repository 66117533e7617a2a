import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from './access.decorators';
import { AccountAdministrationService, AccountNotFoundError } from './account-administration.service';
import { AccountRegistrationService } from './account-registration.service';
import { toAccount, toAuthSession } from './auth.mapper';
import { Caller, ClientAddress, CurrentSessionId, CurrentUser, UserAgent } from './caller';
import { ChangePasswordArgs } from './dto/change-password.args';
import { LogInArgs } from './dto/log-in.args';
import { SignUpInput } from './dto/sign-up.input';
import { AccountLinks } from './links/account-links';
import { LinkPurpose } from './links/link-token';
import { LogInService } from './log-in.service';
import { Account, AuthSession, SignUpReceipt } from './models/account.model';
import { PasswordChangeService } from './password-change.service';

@Resolver(() => Account)
export class AuthResolver {
  constructor(
    private readonly registration: AccountRegistrationService,
    private readonly logInService: LogInService,
    private readonly administration: AccountAdministrationService,
    private readonly passwords: PasswordChangeService,
    private readonly links: AccountLinks,
  ) {}

  @Public()
  @Mutation(() => SignUpReceipt, {
    description:
      'Mails a link that confirms the address (or, when it has an account already, a note to its owner). Once ' +
      'confirmed, provider accounts work at once; therapist accounts wait for an admin’s approval',
  })
  async signUp(@Args('input') { role, licenses, ...registration }: SignUpInput): Promise<SignUpReceipt> {
    const email = await this.registration.signUp(registration, role, licenses);
    return { email, linkValidHours: this.links.lifetimeMinutes(LinkPurpose.CONFIRM_EMAIL) / 60 };
  }

  @Public()
  @Mutation(() => AuthSession, {
    description:
      'Starts a session on this device. Admins also give oneTimeCode; the first log-in with a code of a new ' +
      'authenticator app confirms it',
  })
  async logIn(
    @Args() { email, password, oneTimeCode }: LogInArgs,
    @ClientAddress() address: string,
    @UserAgent() userAgent: string | undefined,
  ): Promise<AuthSession> {
    const { recoveryCodes, ...session } = await this.logInService.logIn({
      email,
      password,
      oneTimeCode,
      address,
      userAgent,
    });
    return toAuthSession(session, recoveryCodes);
  }

  @SignedIn()
  @Mutation(() => Account, {
    description:
      'Replaces the signed-in account’s password and ends its other sessions; wrong tries count toward the log-in throttle',
  })
  async changePassword(
    @Args() change: ChangePasswordArgs,
    @CurrentUser() caller: Caller,
    @CurrentSessionId() sessionId: string,
    @ClientAddress() address: string,
  ): Promise<Account> {
    return toAccount(await this.passwords.change(caller, { ...change, address, sessionId }));
  }

  @SignedIn()
  @Query(() => Account, { description: 'The signed-in account' })
  async me(@CurrentUser() caller: Caller): Promise<Account> {
    const account = await this.administration.find(caller.id);
    if (!account) throw new AccountNotFoundError();
    return toAccount(account);
  }
}
