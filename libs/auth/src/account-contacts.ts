import { Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountContact, AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';

/** What other libraries may read about accounts (they never query the accounts table themselves). */
@Injectable()
export class AccountContacts {
  constructor(private readonly accounts: AccountRepository) {}

  /** Display names, emails and roles, by account id; ids that are not accounts are left out. */
  byIds(accountIds: string[]): Promise<Map<string, AccountContact>> {
    return this.accounts.contacts(accountIds);
  }
}

/** AccountContacts alone, without the access guard and the account APIs: for the worker process too. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
  providers: [AccountRepository, AccountContacts],
  exports: [AccountContacts],
})
export class AccountContactsModule {}
