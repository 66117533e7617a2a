import { NotificationsModule } from '@app/notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountContacts } from './account-contacts';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { AccountMailRenderer } from './links/account-mail';

/**
 * Accounts without the access guard and the account APIs: other libraries' view of them, and the rendering of
 * account mail, which every process that delivers the outbox (the worker too) needs.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity]), NotificationsModule],
  providers: [AccountRepository, AccountContacts, AccountMailRenderer],
  exports: [AccountContacts, AccountRepository, NotificationsModule],
})
export class AccountsCoreModule {}
