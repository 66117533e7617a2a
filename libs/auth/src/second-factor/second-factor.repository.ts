import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface TotpSecretRow {
  sealedSecret: string;
  confirmed: boolean;
  /** The step of the last code accepted; null until the secret is confirmed. */
  lastTimeStep: number | null;
}

@Injectable()
export class SecondFactorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findSecret(accountId: string): Promise<TotpSecretRow | null> {
    const rows = await this.dataSource.query<TotpSecretRow[]>(
      `SELECT sealed_secret AS "sealedSecret", confirmed_at IS NOT NULL AS confirmed,
              last_time_step::float8 AS "lastTimeStep"
       FROM account_totp_secrets WHERE account_id = $1`,
      [accountId],
    );
    return rows[0] ?? null;
  }

  /** Replaces a pending secret, never a confirmed one: false when the account has one. */
  async savePending(manager: EntityManager, accountId: string, sealedSecret: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO account_totp_secrets AS s (account_id, sealed_secret) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET sealed_secret = EXCLUDED.sealed_secret, created_at = now()
       WHERE s.confirmed_at IS NULL
       RETURNING account_id`,
      [accountId, sealedSecret],
    );
    return rows.length === 1;
  }

  /** False when the pending secret was replaced or confirmed meanwhile. */
  async confirm(manager: EntityManager, accountId: string, sealedSecret: string, timeStep: number): Promise<boolean> {
    const [, changed] = await manager.query<[unknown[], number]>(
      `UPDATE account_totp_secrets SET confirmed_at = now(), last_time_step = $3
       WHERE account_id = $1 AND sealed_secret = $2 AND confirmed_at IS NULL`,
      [accountId, sealedSecret, timeStep],
    );
    return changed === 1;
  }

  /** One statement, so of two requests with the same code only one wins: false for the other (a replay). */
  async acceptTimeStep(accountId: string, timeStep: number): Promise<boolean> {
    const [, changed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE account_totp_secrets SET last_time_step = $2
       WHERE account_id = $1 AND confirmed_at IS NOT NULL AND (last_time_step IS NULL OR last_time_step < $2)`,
      [accountId, timeStep],
    );
    return changed === 1;
  }

  /** The secret and every recovery code go: the account has no second factor until it enrolls again. */
  async remove(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query('DELETE FROM account_recovery_codes WHERE account_id = $1', [accountId]);
    await manager.query('DELETE FROM account_totp_secrets WHERE account_id = $1', [accountId]);
  }

  async replaceRecoveryCodes(manager: EntityManager, accountId: string, codeHashes: string[]): Promise<void> {
    await manager.query('DELETE FROM account_recovery_codes WHERE account_id = $1', [accountId]);
    await manager.query('INSERT INTO account_recovery_codes (account_id, code_hash) SELECT $1, unnest($2::text[])', [
      accountId,
      codeHashes,
    ]);
  }

  /** Marks the code used; null when it is not one of the account's unused codes, else how many remain unused. */
  async useRecoveryCode(manager: EntityManager, accountId: string, codeHash: string): Promise<number | null> {
    const [, changed] = await manager.query<[unknown[], number]>(
      `UPDATE account_recovery_codes SET used_at = now()
       WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [accountId, codeHash],
    );
    if (changed !== 1) return null;
    const [{ unused }] = await manager.query<Array<{ unused: number }>>(
      'SELECT count(*)::int AS unused FROM account_recovery_codes WHERE account_id = $1 AND used_at IS NULL',
      [accountId],
    );
    return unused;
  }
}
