import { AccountPage } from './account-administration.service';
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

export function toAccountConnection(page: AccountPage): AccountConnection {
  return { nodes: page.accounts.map(toAccount), hasNextPage: page.hasNextPage, endCursor: page.endCursor };
}
