import { AppConfig } from '@app/config';
import { KeysetPager, NotFoundError, Page } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountSessions } from './sessions/account-sessions';
import { AccountAuditRow, AccountRepository, AccountRow } from './account.repository';
import { Caller } from './caller';
import { AccountEntity } from './entities/account.entity';
import { AccountTransitionError, TherapistLicenseNotFoundError, UnverifiedTherapistLicenseError } from './errors';
import { AccountStatus, Role } from './roles';
import { SessionEndReason } from './sessions/session.repository';
import { TherapistLicenseRepository, TherapistLicenseRow } from './therapist-license.repository';

export enum AccountAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
}

const TRANSITIONS: Record<AccountAction, { from: AccountStatus[]; to: AccountStatus }> = {
  [AccountAction.APPROVE]: { from: [AccountStatus.PENDING_APPROVAL], to: AccountStatus.ACTIVE },
  [AccountAction.REJECT]: { from: [AccountStatus.PENDING_APPROVAL], to: AccountStatus.REJECTED },
  [AccountAction.SUSPEND]: {
    from: [AccountStatus.ACTIVE, AccountStatus.PENDING_APPROVAL],
    to: AccountStatus.SUSPENDED,
  },
  [AccountAction.REINSTATE]: { from: [AccountStatus.SUSPENDED], to: AccountStatus.ACTIVE },
};

export interface LicenseVerificationRecord {
  licenseId: string;
  source: string;
  note: string | null;
}

export interface AccountFilter {
  status?: AccountStatus;
  email?: string;
}

export class AccountNotFoundError extends NotFoundError {
  constructor() {
    super('AUTH.ACCOUNT_NOT_FOUND', 'No account has this id');
  }
}

/**
 * What admins do to accounts: approve or reject therapists, suspend and reinstate anyone; every change audited. A
 * suspension ends the account's sessions in the same transaction.
 */
@Injectable()
export class AccountAdministrationService {
  private readonly pager: KeysetPager;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly licenses: TherapistLicenseRepository,
    private readonly sessions: AccountSessions,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  decide(admin: Caller, accountId: string, action: AccountAction, reason: string | null): Promise<AccountEntity> {
    const transition = TRANSITIONS[action];
    return this.accounts.transaction(async (manager) => {
      const account = await this.accounts.findById(manager, accountId);
      if (!account) throw new AccountNotFoundError();
      const allowed = transition.from.includes(account.status);
      if (allowed && action === AccountAction.APPROVE) await this.requireVerifiedLicense(manager, account);
      const revokeTokens = transition.to === AccountStatus.SUSPENDED;
      if (!allowed || !(await this.accounts.changeStatus(manager, account, transition.to, revokeTokens))) {
        const current = allowed ? await this.accounts.findById(manager, accountId) : account;
        throw new AccountTransitionError(current?.status ?? account.status, action.toLowerCase());
      }
      await this.accounts.appendAudit(manager, {
        accountId,
        actorId: admin.id,
        action,
        fromStatus: account.status,
        toStatus: transition.to,
        reason,
      });
      if (revokeTokens)
        await this.sessions.endAll(manager, accountId, { reason: SessionEndReason.SUSPENDED, actorId: admin.id });
      return (await this.accounts.findById(manager, accountId)) as AccountEntity;
    });
  }

  /** Records how an admin checked a therapist's license, with an audit event on the account, in one transaction. */
  verifyLicense(admin: Caller, record: LicenseVerificationRecord): Promise<AccountEntity> {
    return this.accounts.transaction(async (manager) => {
      const license = await this.licenses.findForUpdate(manager, record.licenseId);
      if (!license) throw new TherapistLicenseNotFoundError();
      const account = (await this.accounts.findById(manager, license.accountId)) as AccountEntity;
      await this.licenses.verify(manager, license.id, {
        source: record.source,
        note: record.note,
        verifiedBy: admin.id,
      });
      await this.accounts.appendAudit(manager, {
        accountId: account.id,
        actorId: admin.id,
        action: 'VERIFY_LICENSE',
        fromStatus: account.status,
        toStatus: account.status,
        reason: `${license.state} ${license.licenseType} ${license.number} checked at ${record.source}`,
      });
      return account;
    });
  }

  licensesOf(accounts: AccountEntity[]): Promise<TherapistLicenseRow[]> {
    const therapists = accounts.filter((account) => account.role === Role.THERAPIST);
    return therapists.length
      ? this.licenses.findByAccounts(therapists.map((account) => account.id))
      : Promise.resolve([]);
  }

  list({ status, email }: AccountFilter, first: number, after: string | undefined): Promise<Page<AccountEntity>> {
    const emailContains = email?.trim().toLowerCase() || undefined;
    return this.pager.page<AccountRow>(
      { first, after },
      {
        query: `accounts:${status ?? '*'}:${emailContains ?? ''}`,
        fetch: (afterKeys, limit) =>
          this.accounts.findPage({
            status,
            emailContains,
            limit,
            after: afterKeys && { changedAt: String(afterKeys[0]), id: String(afterKeys[1]) },
          }),
        keysOf: (row) => [row.sortKey, row.id],
      },
    );
  }

  private async requireVerifiedLicense(manager: EntityManager, account: AccountEntity): Promise<void> {
    if (account.role !== Role.THERAPIST) return;
    if (!(await this.licenses.hasVerified(manager, account.id))) throw new UnverifiedTherapistLicenseError();
  }

  find(id: string): Promise<AccountEntity | null> {
    return this.accounts.findById(this.dataSource.manager, id);
  }

  async get(id: string): Promise<AccountEntity> {
    const account = await this.find(id);
    if (!account) throw new AccountNotFoundError();
    return account;
  }

  /** The account's audit trail, oldest first. */
  async history(accountId: string): Promise<AccountAuditRow[]> {
    await this.get(accountId);
    return this.accounts.findAudit(accountId);
  }
}
