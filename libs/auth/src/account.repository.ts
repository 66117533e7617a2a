import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from './entities/account.entity';
import { AccountStatus, Role } from './roles';

export interface NewAccount {
  email: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  emailVerified: boolean;
}

export interface AccountAuditEntry {
  accountId: string;
  actorId: string | null;
  action: string;
  fromStatus: AccountStatus | null;
  toStatus: AccountStatus;
  reason: string | null;
}

export interface AccountPageQuery {
  status?: AccountStatus;
  /** Lower-case: emails are stored lower-cased. */
  emailContains?: string;
  limit: number;
  after?: { changedAt: string; id: string };
}

export type AccountRow = AccountEntity & { sortKey: string };

export interface AccountAuditRow extends AccountAuditEntry {
  id: string;
  actorDisplayName: string | null;
  at: Date;
}

/** How other libraries name and reach an account. */
export interface AccountContact {
  displayName: string;
  email: string;
  /** Whether the owner has followed the link mailed to `email`. */
  emailVerified: boolean;
  role: Role;
}

@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(manager: EntityManager, id: string): Promise<AccountEntity | null> {
    return manager.findOneBy(AccountEntity, { id });
  }

  async contacts(ids: string[]): Promise<Map<string, AccountContact>> {
    const rows = await this.dataSource.query<Array<AccountContact & { id: string }>>(
      `SELECT id, display_name AS "displayName", email, email_verified_at IS NOT NULL AS "emailVerified", role
       FROM accounts WHERE id = ANY ($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map(({ id, ...contact }) => [id, contact]));
  }

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.dataSource.manager.findOneBy(AccountEntity, { email });
  }

  /** Null when the email is taken (no error, so the failed statement and its parameters are never logged). */
  async insert(manager: EntityManager, account: NewAccount): Promise<AccountEntity | null> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO accounts (email, password_hash, display_name, role, status, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [account.email, account.passwordHash, account.displayName, account.role, account.status, account.emailVerified],
    );
    return rows.length ? manager.findOneByOrFail(AccountEntity, { id: rows[0].id }) : null;
  }

  /** Optimistic state change: zero rows means someone else changed the account first. */
  async changeStatus(
    manager: EntityManager,
    account: AccountEntity,
    to: AccountStatus,
    revokeTokens: boolean,
  ): Promise<boolean> {
    const result = await manager.query<[unknown[], number]>(
      `UPDATE accounts SET status = $4, version = version + 1, updated_at = now(),
              token_version = token_version + CASE WHEN $5 THEN 1 ELSE 0 END
       WHERE id = $1 AND status = $2 AND version = $3`,
      [account.id, account.status, account.version, to, revokeTokens],
    );
    return result[1] === 1;
  }

  /** True when this call confirmed it (false: it already was). */
  async confirmEmail(manager: EntityManager, accountId: string): Promise<boolean> {
    const result = await manager.query<[unknown[], number]>(
      `UPDATE accounts SET email_verified_at = now(), updated_at = now() WHERE id = $1 AND email_verified_at IS NULL`,
      [accountId],
    );
    return result[1] === 1;
  }

  /** A new password that also ends every token issued before it. */
  async replacePassword(manager: EntityManager, accountId: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE accounts SET password_hash = $2, token_version = token_version + 1, version = version + 1,
              updated_at = now()
       WHERE id = $1`,
      [accountId, passwordHash],
    );
  }

  async changePasswordHash(manager: EntityManager, accountId: string, passwordHash: string): Promise<void> {
    await manager.query('UPDATE accounts SET password_hash = $2, updated_at = now() WHERE id = $1', [
      accountId,
      passwordHash,
    ]);
  }

  async appendAudit(manager: EntityManager, entry: AccountAuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO account_audit_events (account_id, actor_id, action, from_status, to_status, reason)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.accountId, entry.actorId, entry.action, entry.fromStatus, entry.toStatus, entry.reason],
    );
  }

  /** Oldest first, with the name of whoever did each thing. */
  findAudit(accountId: string): Promise<AccountAuditRow[]> {
    return this.dataSource.query<AccountAuditRow[]>(
      `SELECT e.id::text AS id, e.account_id AS "accountId", e.actor_id AS "actorId", actor.display_name AS "actorDisplayName",
              e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, e.created_at AS at
       FROM account_audit_events e LEFT JOIN accounts actor ON actor.id = e.actor_id
       WHERE e.account_id = $1 ORDER BY e.id`,
      [accountId],
    );
  }

  /** Oldest first, keyset-paged on (created_at, id); `sortKey` is created_at as exact text for the cursor. */
  async findPage(query: AccountPageQuery): Promise<AccountRow[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(AccountEntity, 'a')
      .addSelect('a.created_at::text', 'sort_key')
      .where('true')
      .orderBy('a.created_at')
      .addOrderBy('a.id')
      .limit(query.limit);
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    // strpos rather than LIKE: the search text's % and _ are plain characters.
    if (query.emailContains) builder.andWhere('strpos(a.email, :email) > 0', { email: query.emailContains });
    if (query.after) {
      builder.andWhere('(a.created_at, a.id) > (:changedAt::timestamptz, :id::uuid)', query.after);
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    return entities.map((entity, i) => Object.assign(entity, { sortKey: raw[i].sort_key }));
  }
}
