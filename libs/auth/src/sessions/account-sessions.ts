import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessTokens, IssuedToken } from '../access-tokens';
import { AccountRepository } from '../account.repository';
import { Caller } from '../caller';
import { AccountEntity } from '../entities/account.entity';
import { AuthenticationRequiredError, SessionNotFoundError } from '../errors';
import { isWellFormedRefreshToken, newRefreshToken, refreshTokenDigest } from './refresh-tokens';
import { approximateAddress, deviceLabel, SessionClient } from './session-client';
import { expiryOfNewSession, idleExpiry, lifetimeFor } from './session-lifetime';
import { SessionEndReason, SessionRepository, SessionRow } from './session.repository';
import { AccountStatus } from '../roles';

/** What a log-in or a refresh hands the client: a short access token and the single-use refresh token after it. */
export interface StartedSession {
  account: AccountEntity;
  sessionId: string;
  access: IssuedToken;
  refresh: IssuedToken;
}

/** Who ends sessions and why: the account's owner, an admin, or nobody (the system, on a reused token). */
export interface SessionEnding {
  reason: SessionEndReason;
  actorId: string | null;
}

/**
 * Sessions with rotating refresh tokens. Each refresh spends its token and hands out the next; a spent token that
 * comes back was copied, so the whole session ends. Every session that ends early is audited on the account.
 */
@Injectable()
export class AccountSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountRepository,
    private readonly tokens: AccessTokens,
    private readonly config: AppConfig,
  ) {}

  start(account: AccountEntity, client: SessionClient): Promise<StartedSession> {
    const expiry = expiryOfNewSession(lifetimeFor(account.role, this.config.sessions), new Date());
    return this.sessions.transaction(async (manager) => {
      const session = await this.sessions.insert(manager, {
        accountId: account.id,
        tokenVersion: account.tokenVersion,
        device: deviceLabel(client.userAgent),
        approximateAddress: approximateAddress(client.address),
        ...expiry,
      });
      return this.handOut(manager, account, session);
    });
  }

  /** Expired, spent, ended or unknown tokens are all refused alike, saying nothing about the account. */
  async refresh(refreshToken: string): Promise<StartedSession> {
    const refreshed =
      isWellFormedRefreshToken(refreshToken) &&
      (await this.sessions.transaction((manager) => this.rotate(manager, refreshTokenDigest(refreshToken))));
    if (!refreshed) throw new AuthenticationRequiredError('Your session is not valid; sign in again');
    return refreshed;
  }

  /** Ends one of the caller's own open sessions; any other id looks like a missing one. */
  async end(caller: Caller, sessionId: string, reason: SessionEndReason): Promise<void> {
    const ended = await this.sessions.transaction((manager) =>
      this.endAndAudit(manager, caller.id, { reason, actorId: caller.id }, { ids: [sessionId], exceptId: null }),
    );
    if (ended === 0) throw new SessionNotFoundError();
  }

  /** Signs the caller out on every device, this one included; returns how many sessions ended. */
  endEverywhere(caller: Caller): Promise<number> {
    const ending = { reason: SessionEndReason.LOG_OUT_EVERYWHERE, actorId: caller.id };
    return this.sessions.transaction((manager) => this.endAll(manager, caller.id, ending));
  }

  /**
   * Ends every open session of the account but `exceptSessionId`, in the caller's transaction: for changes that must
   * sign the account out everywhere at once (suspension, a new password). Returns how many ended.
   */
  endAll(
    manager: EntityManager,
    accountId: string,
    ending: SessionEnding,
    exceptSessionId: string | null = null,
  ): Promise<number> {
    return this.endAndAudit(manager, accountId, ending, { ids: null, exceptId: exceptSessionId });
  }

  listOpen(caller: Caller): Promise<SessionRow[]> {
    return this.sessions.findOpen(caller.id);
  }

  private async rotate(manager: EntityManager, digest: Buffer): Promise<StartedSession | null> {
    const presented = await this.sessions.findByRefreshToken(manager, digest);
    if (!presented?.open) return null;
    const { session } = presented;
    if (presented.replaced) {
      const ending = { reason: SessionEndReason.REFRESH_TOKEN_REUSED, actorId: null };
      await this.endAndAudit(manager, session.accountId, ending, { ids: [session.id], exceptId: null });
      return null;
    }
    const account = await this.accounts.findById(manager, session.accountId);
    if (account?.status !== AccountStatus.ACTIVE || account.tokenVersion !== session.tokenVersion) return null;
    const idleExpiresAt = idleExpiry(lifetimeFor(account.role, this.config.sessions), new Date(), session.expiresAt);
    await this.sessions.rotate(manager, digest, session.id, idleExpiresAt);
    return this.handOut(manager, account, { ...session, idleExpiresAt });
  }

  private async handOut(manager: EntityManager, account: AccountEntity, session: SessionRow): Promise<StartedSession> {
    const refreshToken = newRefreshToken();
    await this.sessions.insertRefreshToken(manager, session.id, refreshTokenDigest(refreshToken));
    return {
      account,
      sessionId: session.id,
      access: await this.tokens.issue(account, { id: session.id, endsAt: session.idleExpiresAt }),
      refresh: { token: refreshToken, expiresAt: session.idleExpiresAt },
    };
  }

  private async endAndAudit(
    manager: EntityManager,
    accountId: string,
    ending: SessionEnding,
    scope: { ids: string[] | null; exceptId: string | null },
  ): Promise<number> {
    const ended = await this.sessions.end(manager, accountId, ending.reason, scope);
    if (ended.length === 0) return 0;
    const account = (await this.accounts.findById(manager, accountId)) as AccountEntity;
    for (const session of ended) {
      await this.accounts.appendAudit(manager, {
        accountId,
        actorId: ending.actorId,
        action: 'END_SESSION',
        fromStatus: account.status,
        toStatus: account.status,
        reason: `${ending.reason}: session ${session.id} (${session.device}, started ${session.startedAt.toISOString()})`,
      });
    }
    return ended.length;
  }
}
