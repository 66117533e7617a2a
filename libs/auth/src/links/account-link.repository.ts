import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LinkPurpose } from './link-token';

export interface StoredLink {
  accountId: string;
  purpose: LinkPurpose;
  secretHash: Buffer;
  usable: boolean;
}

@Injectable()
export class AccountLinkRepository {
  async insert(
    manager: EntityManager,
    link: { accountId: string; purpose: LinkPurpose; secretHash: Buffer; lifetimeMinutes: number },
  ): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO account_link_tokens (account_id, purpose, secret_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4)) RETURNING id`,
      [link.accountId, link.purpose, link.secretHash, link.lifetimeMinutes],
    );
    return id;
  }

  /** Locked, so two uses of one link cannot both pass; `usable` is decided by the database's clock. */
  async findForUpdate(manager: EntityManager, id: string): Promise<StoredLink | null> {
    const [row] = await manager.query<StoredLink[]>(
      `SELECT account_id AS "accountId", purpose, secret_hash AS "secretHash",
              used_at IS NULL AND expires_at > now() AS usable
       FROM account_link_tokens WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** Every unused link of this purpose stops working: one was used, or a newer one replaces them. */
  async retire(manager: EntityManager, accountId: string, purpose: LinkPurpose): Promise<void> {
    await manager.query(
      `UPDATE account_link_tokens SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [accountId, purpose],
    );
  }
}
