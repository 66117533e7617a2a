import { mapNodes, Page, UsState } from '@app/shared';
import { AccountAuditRow } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { AccountAuditEvent } from './models/account-audit-event.model';
import { StartedSession } from './sessions/account-sessions';
import { Account, AccountConnection, AuthSession } from './models/account.model';
import { ActiveSession } from './models/active-session.model';
import { TherapistLicense } from './models/therapist-license.model';
import { SessionRow } from './sessions/session.repository';
import { TherapistLicenseRow } from './therapist-license.repository';

/** Whitelists what leaves: never the password hash or the token version. */
export function toAccount(entity: AccountEntity): Account {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    status: entity.status,
    emailConfirmed: entity.emailVerifiedAt !== null,
    version: entity.version,
    createdAt: entity.createdAt,
  };
}

export function toAuthSession(session: StartedSession, recoveryCodes: string[] | null = null): AuthSession {
  return {
    accessToken: session.access.token,
    expiresAt: session.access.expiresAt,
    refreshToken: session.refresh.token,
    refreshTokenExpiresAt: session.refresh.expiresAt,
    user: toAccount(session.account),
    recoveryCodes,
  };
}

export function toActiveSession(row: SessionRow, currentSessionId: string): ActiveSession {
  return {
    id: row.id,
    device: row.device,
    approximateAddress: row.approximateAddress,
    startedAt: row.startedAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === currentSessionId,
  };
}

/** For admins only: the account with its licenses (none for roles that have none). */
export function toReviewedAccount(entity: AccountEntity, licenses: TherapistLicenseRow[]): Account {
  const own = licenses.filter((license) => license.accountId === entity.id);
  return { ...toAccount(entity), licenses: own.map(toTherapistLicense) };
}

export function toReviewedAccountConnection(
  page: Page<AccountEntity>,
  licenses: TherapistLicenseRow[],
): AccountConnection {
  return mapNodes(page, (entity) => toReviewedAccount(entity, licenses));
}

function toTherapistLicense(row: TherapistLicenseRow): TherapistLicense {
  return {
    id: row.id,
    state: row.state as UsState,
    licenseType: row.licenseType,
    number: row.number,
    npi: row.npi,
    verification:
      row.verifiedAt && row.verificationSource
        ? {
            source: row.verificationSource,
            note: row.verificationNote,
            verifiedBy: row.verifiedBy,
            verifiedAt: row.verifiedAt,
          }
        : null,
  };
}

export function toAccountAuditEvent(row: AccountAuditRow): AccountAuditEvent {
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    reason: row.reason,
    actorAccountId: row.actorId,
    actorDisplayName: row.actorDisplayName,
    at: row.at,
  };
}
