import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../access.decorators';
import { toAccount } from '../auth.mapper';
import { ConfirmEmailArgs, EmailArgs, ResetPasswordArgs } from '../dto/account-link.args';
import { EmailConfirmationService } from './email-confirmation.service';
import { Account } from '../models/account.model';
import { PasswordResetService } from './password-reset.service';

/** What the links mailed to an account do, and how to ask for a new one; the answers never say who has an account. */
@Resolver(() => Account)
export class AccountLinksResolver {
  constructor(
    private readonly confirmation: EmailConfirmationService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => Account, { description: 'Follows the link mailed at sign-up; the account may then log in' })
  async confirmEmail(@Args() { token }: ConfirmEmailArgs): Promise<Account> {
    return toAccount(await this.confirmation.confirm(token));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a new confirmation link if the address has an unconfirmed account; always answers true',
  })
  async resendEmailConfirmation(@Args() { email }: EmailArgs): Promise<true> {
    await this.confirmation.resend(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a password-reset link if the address has an account; always answers true',
  })
  async requestPasswordReset(@Args() { email }: EmailArgs): Promise<true> {
    await this.resets.request(email);
    return true;
  }

  @Public()
  @Mutation(() => Account, {
    description: 'Sets a new password with the mailed link, confirms the address, and ends every session',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs): Promise<Account> {
    return toAccount(await this.resets.reset(token, newPassword));
  }
}
