import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvalidLinkError } from '../errors';
import { AccountLinkRepository } from './account-link.repository';
import {
  formatLinkToken,
  hashLinkSecret,
  LinkPurpose,
  linkSecretMatches,
  newLinkSecret,
  parseLinkToken,
} from './link-token';

/** Single-use, expiring links for an account; only a hash of each secret is kept. */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly repository: AccountLinkRepository,
    private readonly config: AppConfig,
  ) {}

  /** A new link replaces the account's earlier ones of the same purpose. Returns the token the link carries. */
  async issue(manager: EntityManager, accountId: string, purpose: LinkPurpose): Promise<string> {
    await this.repository.retire(manager, accountId, purpose);
    const secret = newLinkSecret();
    const id = await this.repository.insert(manager, {
      accountId,
      purpose,
      secretHash: hashLinkSecret(secret),
      lifetimeMinutes: this.lifetimeMinutes(purpose),
    });
    return formatLinkToken(id, secret);
  }

  /**
   * The account a valid, unused, unexpired link of this purpose belongs to; the link and its siblings stop working.
   * Every failure is the same error, so a forged token learns nothing about accounts or links.
   */
  async redeem(manager: EntityManager, token: string, purpose: LinkPurpose): Promise<string> {
    const parsed = parseLinkToken(token);
    const link = parsed && (await this.repository.findForUpdate(manager, parsed.id));
    const valid =
      parsed && link?.usable && link.purpose === purpose && linkSecretMatches(parsed.secret, link.secretHash);
    if (!valid) throw new InvalidLinkError();
    await this.repository.retire(manager, link.accountId, purpose);
    return link.accountId;
  }

  lifetimeMinutes(purpose: LinkPurpose): number {
    const { emailConfirmationHours, passwordResetMinutes } = this.config.accountLinks;
    return purpose === LinkPurpose.CONFIRM_EMAIL ? emailConfirmationHours * 60 : passwordResetMinutes;
  }
}
