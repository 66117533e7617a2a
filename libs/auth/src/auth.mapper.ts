import { mapNodes, Page } from '@app/shared';
import { AccountEntity } from './entities/account.entity';
import { Session } from './log-in.service';
import { Account, AccountConnection, AuthSession } from './models/account.model';

/** Whitelists what leaves: never the password hash or the token version. */
export function toAccount(entity: AccountEntity): Account {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    status: entity.status,
    version: entity.version,
    createdAt: entity.createdAt,
  };
}

export function toAuthSession(session: Session): AuthSession {
  return { accessToken: session.token, expiresAt: session.expiresAt, user: toAccount(session.account) };
}

export function toAccountConnection(page: Page<AccountEntity>): AccountConnection {
  return mapNodes(page, toAccount);
}
