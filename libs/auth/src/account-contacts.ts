import { Injectable } from '@nestjs/common';
import { AccountContact, AccountRepository } from './account.repository';

/** What other libraries may read about accounts (they never query the accounts table themselves). */
@Injectable()
export class AccountContacts {
  constructor(private readonly accounts: AccountRepository) {}

  /** Display names, emails and roles, by account id; ids that are not accounts are left out. */
  byIds(accountIds: string[]): Promise<Map<string, AccountContact>> {
    return this.accounts.contacts(accountIds);
  }
}
