import { AppConfig } from '@app/config';
import { Injectable } from '@nestjs/common';
import { AccountRetentionRepository } from './account-retention.repository';

/**
 * How long account data outlives its use. A closed session keeps its device and approximate network for a month, for
 * its owner or an admin looking into a sign-in they do not recognise (the audit trail keeps the events for good).
 * A used or expired link is worth nothing: an unknown link and a spent one get the same answer.
 */
export const RETENTION = { closedSessionDays: 30, spentLinkDays: 1 } as const;

export interface AccountDataPruned {
  sessions: number;
  links: number;
  loginThrottles: number;
}

/** Deletes account data past its retention; safe to run at any time, from any number of processes at once. */
@Injectable()
export class AccountDataRetention {
  constructor(
    private readonly repository: AccountRetentionRepository,
    private readonly config: AppConfig,
  ) {}

  async prune(): Promise<AccountDataPruned> {
    return {
      sessions: await this.repository.deleteClosedSessions(RETENTION.closedSessionDays),
      links: await this.repository.deleteSpentLinks(RETENTION.spentLinkDays),
      loginThrottles: await this.repository.deleteLapsedLoginThrottles(this.config.loginThrottle.lockoutMinutes),
    };
  }
}
