import { NotificationsModule } from '@app/notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountContacts } from './account-contacts';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { AccountMailRenderer } from './links/account-mail';
import { AccountDataRetention } from './retention/account-data-retention';
import { AccountRetentionRepository } from './retention/account-retention.repository';

/**
 * Accounts without the access guard and the account APIs: other libraries' view of them, and what every background
 * process (the worker too) needs: the rendering of account mail, and the deletion of account data past its retention.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity]), NotificationsModule],
  providers: [
    AccountRepository,
    AccountContacts,
    AccountMailRenderer,
    AccountRetentionRepository,
    AccountDataRetention,
  ],
  exports: [AccountContacts, AccountDataRetention, AccountRepository, NotificationsModule],
})
export class AccountsCoreModule {}
