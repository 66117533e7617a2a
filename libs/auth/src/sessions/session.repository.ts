import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SessionExpiry } from './session-lifetime';

export interface NewSession extends SessionExpiry {
  accountId: string;
  tokenVersion: number;
  device: string;
  approximateAddress: string;
}

export interface SessionRow extends SessionExpiry {
  id: string;
  accountId: string;
  tokenVersion: number;
  device: string;
  approximateAddress: string;
  startedAt: Date;
  lastSeenAt: Date;
}

/** The session a refresh token belongs to, and whether that token was already traded for another. */
export interface PresentedToken {
  session: SessionRow;
  open: boolean;
  replaced: boolean;
}

/** Why a session ended; kept on the session and in the account's audit trail. */
export enum SessionEndReason {
  LOG_OUT = 'LOG_OUT',
  LOG_OUT_EVERYWHERE = 'LOG_OUT_EVERYWHERE',
  ENDED_BY_OWNER = 'ENDED_BY_OWNER',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  SUSPENDED = 'SUSPENDED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
}

const COLUMNS = `s.id, s.account_id AS "accountId", s.token_version AS "tokenVersion", s.device,
  s.approximate_address AS "approximateAddress", s.started_at AS "startedAt", s.last_seen_at AS "lastSeenAt",
  s.idle_expires_at AS "idleExpiresAt", s.expires_at AS "expiresAt"`;
// Neither ended nor past either of its ends.
const OPEN = 's.ended_at IS NULL AND s.idle_expires_at > now() AND s.expires_at > now()';

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, session: NewSession): Promise<SessionRow> {
    const rows = await manager.query<SessionRow[]>(
      `INSERT INTO account_sessions AS s
         (account_id, token_version, device, approximate_address, idle_expires_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [
        session.accountId,
        session.tokenVersion,
        session.device,
        session.approximateAddress,
        session.idleExpiresAt,
        session.expiresAt,
      ],
    );
    return rows[0];
  }

  async insertRefreshToken(manager: EntityManager, sessionId: string, digest: Buffer): Promise<void> {
    await manager.query('INSERT INTO account_refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [
      digest,
      sessionId,
    ]);
  }

  /**
   * Locks the session and the token, so two refreshes with one token are judged one after the other: the second is a
   * reuse. Both rows, not the session alone: a waiting transaction re-reads only the rows it locks, and would otherwise
   * still see the token as unspent.
   */
  async findByRefreshToken(manager: EntityManager, digest: Buffer): Promise<PresentedToken | null> {
    const rows = await manager.query<Array<SessionRow & { open: boolean; replaced: boolean }>>(
      `SELECT ${COLUMNS}, ${OPEN} AS open, t.replaced_at IS NOT NULL AS replaced
       FROM account_refresh_tokens t JOIN account_sessions s ON s.id = t.session_id
       WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
      [digest],
    );
    if (!rows.length) return null;
    const { open, replaced, ...session } = rows[0];
    return { session, open, replaced };
  }

  /** The token is spent and the session seen now; its idle end moves on. */
  async rotate(manager: EntityManager, spent: Buffer, sessionId: string, idleExpiresAt: Date): Promise<void> {
    await manager.query('UPDATE account_refresh_tokens SET replaced_at = now() WHERE token_hash = $1', [spent]);
    await manager.query('UPDATE account_sessions SET last_seen_at = now(), idle_expires_at = $2 WHERE id = $1', [
      sessionId,
      idleExpiresAt,
    ]);
  }

  async isOpen(manager: EntityManager, sessionId: string, accountId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM account_sessions s WHERE s.id = $1 AND s.account_id = $2 AND ${OPEN}`,
      [sessionId, accountId],
    );
    return rows.length > 0;
  }

  /** The account's open sessions that its token version still admits, most recently seen first. */
  async findOpen(accountId: string): Promise<SessionRow[]> {
    return this.dataSource.query<SessionRow[]>(
      `SELECT ${COLUMNS} FROM account_sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.account_id = $1 AND s.token_version = a.token_version AND ${OPEN}
       ORDER BY s.last_seen_at DESC, s.id`,
      [accountId],
    );
  }

  /** Ends the account's open sessions among `ids` (all of them when null), but `exceptId`; returns those it ended. */
  async end(
    manager: EntityManager,
    accountId: string,
    reason: SessionEndReason,
    scope: { ids: string[] | null; exceptId: string | null },
  ): Promise<SessionRow[]> {
    const [rows] = await manager.query<[SessionRow[], number]>(
      `UPDATE account_sessions s SET ended_at = now(), end_reason = $2
       WHERE s.account_id = $1 AND ${OPEN}
         AND ($3::uuid[] IS NULL OR s.id = ANY ($3::uuid[])) AND ($4::uuid IS NULL OR s.id <> $4::uuid)
       RETURNING ${COLUMNS}`,
      [accountId, reason, scope.ids, scope.exceptId],
    );
    return rows;
  }
}
