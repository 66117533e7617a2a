import { Injectable } from '@nestjs/common';
import { AccountRegistrationService, normalizedEmail } from '../account-registration.service';
import { AccountRepository } from '../account.repository';
import { AccountEntity } from '../entities/account.entity';
import { AccountLinks } from './account-links';
import { LinkPurpose } from './link-token';

/** The owner of an address proves it by following the link mailed to it; until then the account cannot log in. */
@Injectable()
export class EmailConfirmationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly links: AccountLinks,
    private readonly registration: AccountRegistrationService,
  ) {}

  async confirm(token: string): Promise<AccountEntity> {
    return this.accounts.transaction(async (manager) => {
      const accountId = await this.links.redeem(manager, token, LinkPurpose.CONFIRM_EMAIL);
      const account = (await this.accounts.findById(manager, accountId)) as AccountEntity;
      if (await this.accounts.confirmEmail(manager, accountId)) {
        await this.accounts.appendAudit(manager, {
          accountId,
          actorId: accountId,
          action: 'CONFIRM_EMAIL',
          fromStatus: account.status,
          toStatus: account.status,
          reason: null,
        });
      }
      return (await this.accounts.findById(manager, accountId)) as AccountEntity;
    });
  }

  /** A new link for an unconfirmed address (the last one expired or was lost); silent for any other address. */
  async resend(email: string): Promise<void> {
    const account = await this.accounts.findByEmail(normalizedEmail(email));
    if (!account || account.emailVerifiedAt) return;
    await this.accounts.transaction((manager) => this.registration.mailConfirmationLink(manager, account.id));
  }
}
