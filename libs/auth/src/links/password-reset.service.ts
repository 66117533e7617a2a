import { InvalidInputError } from '@app/shared';
import { Outbox } from '@app/notifications';
import { Injectable } from '@nestjs/common';
import { normalizedEmail } from '../account-registration.service';
import { AccountSessions } from '../sessions/account-sessions';
import { AccountRepository } from '../account.repository';
import { AccountEntity } from '../entities/account.entity';
import { AccountLinks } from './account-links';
import { AccountMailKind } from './account-mail';
import { LinkPurpose } from './link-token';
import { PasswordHasher } from '../password-hasher';
import { passwordProblem } from '../password-strength';
import { SessionEndReason } from '../sessions/session.repository';

/**
 * A forgotten password: a short-lived link to the address, which answers the same whether or not it has an account.
 * Following the link proves the address too, and a new password ends every session the account had.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly links: AccountLinks,
    private readonly outbox: Outbox,
    private readonly hasher: PasswordHasher,
    private readonly sessions: AccountSessions,
  ) {}

  async request(email: string): Promise<void> {
    const account = await this.accounts.findByEmail(normalizedEmail(email));
    if (!account) return;
    await this.accounts.transaction(async (manager) => {
      const token = await this.links.issue(manager, account.id, LinkPurpose.RESET_PASSWORD);
      await this.outbox.enqueue(manager, {
        recipientAccountId: account.id,
        kind: AccountMailKind.PASSWORD_RESET,
        secret: token,
      });
    });
  }

  async reset(token: string, newPassword: string): Promise<AccountEntity> {
    // The password is judged inside the transaction, once the link names the account it must not resemble; hashing
    // waits for a valid link too, so a forged token costs the server nothing.
    return this.accounts.transaction(async (manager) => {
      const accountId = await this.links.redeem(manager, token, LinkPurpose.RESET_PASSWORD);
      const account = (await this.accounts.findById(manager, accountId)) as AccountEntity;
      const problem = passwordProblem(newPassword, [account.email, account.displayName]);
      if (problem) throw InvalidInputError.field('newPassword', problem);
      await this.accounts.replacePassword(manager, accountId, await this.hasher.hash(newPassword));
      await this.sessions.endAll(manager, accountId, { reason: SessionEndReason.PASSWORD_RESET, actorId: accountId });
      const actions = ['RESET_PASSWORD'];
      if (await this.accounts.confirmEmail(manager, accountId)) actions.push('CONFIRM_EMAIL');
      for (const action of actions) {
        await this.accounts.appendAudit(manager, {
          accountId,
          actorId: accountId,
          action,
          fromStatus: account.status,
          toStatus: account.status,
          reason: null,
        });
      }
      return (await this.accounts.findById(manager, accountId)) as AccountEntity;
    });
  }
}
