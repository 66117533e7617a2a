import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from './access.decorators';
import { AccountAction, AccountAdministrationService } from './account-administration.service';
import { toAccount, toAccountAuditEvent, toReviewedAccount, toReviewedAccountConnection } from './auth.mapper';
import { Caller, CurrentUser } from './caller';
import { AccountDecisionInput } from './dto/account-decision.input';
import { AccountIdArgs, AccountsArgs } from './dto/accounts.args';
import { VerifyTherapistLicenseInput } from './dto/therapist-license.input';
import { Account, AccountConnection } from './models/account.model';
import { AccountAuditEvent } from './models/account-audit-event.model';
import { Role } from './roles';

@Roles(Role.ADMIN)
@Resolver(() => Account)
export class AccountAdminResolver {
  constructor(private readonly administration: AccountAdministrationService) {}

  @Query(() => AccountConnection, { description: 'Accounts, oldest first, by status and email' })
  async accounts(@Args() { status, email, first, after }: AccountsArgs): Promise<AccountConnection> {
    const page = await this.administration.list({ status, email }, first, after);
    return toReviewedAccountConnection(page, await this.administration.licensesOf(page.nodes));
  }

  @Query(() => Account, { description: 'Any account, with a therapist’s licenses' })
  async account(@Args() { id }: AccountIdArgs): Promise<Account> {
    const account = await this.administration.get(id);
    return toReviewedAccount(account, await this.administration.licensesOf([account]));
  }

  @Query(() => [AccountAuditEvent], { description: 'The account’s audit trail, oldest first' })
  async accountHistory(@Args() { id }: AccountIdArgs): Promise<AccountAuditEvent[]> {
    return (await this.administration.history(id)).map(toAccountAuditEvent);
  }

  @Mutation(() => Account, {
    description: 'Records how you checked one of a therapist’s licenses; approval needs one verified license',
  })
  async verifyTherapistLicense(
    @CurrentUser() admin: Caller,
    @Args('input') { id, source, note }: VerifyTherapistLicenseInput,
  ): Promise<Account> {
    const account = await this.administration.verifyLicense(admin, { licenseId: id, source, note: note ?? null });
    return toReviewedAccount(account, await this.administration.licensesOf([account]));
  }

  @Mutation(() => Account, { description: 'PENDING_APPROVAL → ACTIVE' })
  approveAccount(@CurrentUser() admin: Caller, @Args('input') input: AccountDecisionInput): Promise<Account> {
    return this.decide(admin, input, AccountAction.APPROVE);
  }

  @Mutation(() => Account, { description: 'PENDING_APPROVAL → REJECTED' })
  rejectAccount(@CurrentUser() admin: Caller, @Args('input') input: AccountDecisionInput): Promise<Account> {
    return this.decide(admin, input, AccountAction.REJECT);
  }

  @Mutation(() => Account, {
    description: 'ACTIVE or PENDING_APPROVAL → SUSPENDED; the account’s tokens stop working at once',
  })
  suspendAccount(@CurrentUser() admin: Caller, @Args('input') input: AccountDecisionInput): Promise<Account> {
    return this.decide(admin, input, AccountAction.SUSPEND);
  }

  @Mutation(() => Account, { description: 'SUSPENDED → ACTIVE' })
  reinstateAccount(@CurrentUser() admin: Caller, @Args('input') input: AccountDecisionInput): Promise<Account> {
    return this.decide(admin, input, AccountAction.REINSTATE);
  }

  private async decide(admin: Caller, { id, reason }: AccountDecisionInput, action: AccountAction): Promise<Account> {
    return toAccount(await this.administration.decide(admin, id, action, reason ?? null));
  }
}
