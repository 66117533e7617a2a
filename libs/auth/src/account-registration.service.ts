import { translateDatabaseError } from '@app/database';
import { Outbox } from '@app/notifications';
import { InvalidInputError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { EmailTakenError } from './errors';
import { AccountLinks } from './links/account-links';
import { AccountMailKind } from './links/account-mail';
import { LinkPurpose } from './links/link-token';
import { PasswordHasher } from './password-hasher';
import { AccountStatus, initialStatusFor, Role, SignUpRole } from './roles';
import { SecondFactorService } from './second-factor/second-factor.service';
import { NewTherapistLicense, TherapistLicenseRepository } from './therapist-license.repository';
import { TotpEnrollment } from './second-factor/totp';

export interface Registration {
  email: string;
  password: string;
  displayName: string;
}

export interface TherapistLicenseClaim {
  state: string;
  licenseType: string;
  number: string;
  npi?: string | null;
}

export interface CreatedAdmin {
  account: AccountEntity;
  /** Pending until the admin's first log-in with one of its codes. */
  enrollment: TotpEnrollment;
}

interface NewAccountPlan {
  role: Role;
  status: AccountStatus;
  action: string;
  emailVerified: boolean;
  licenses?: NewTherapistLicense[];
}

/**
 * Creates accounts: self-service for therapists and providers, the command line for admins. Sign-up answers the same
 * whether or not the address has an account, and mails the address either way: a confirmation link for a new
 * account, a note to the owner of an existing one.
 */
@Injectable()
export class AccountRegistrationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly licenses: TherapistLicenseRepository,
    private readonly links: AccountLinks,
    private readonly outbox: Outbox,
    private readonly secondFactors: SecondFactorService,
  ) {}

  /** The address the mail went to; nothing tells whether it already had an account. */
  async signUp(
    registration: Registration,
    role: SignUpRole,
    licenses: TherapistLicenseClaim[] | null = [],
  ): Promise<string> {
    const asRole = role as unknown as Role;
    const plan = {
      role: asRole,
      status: initialStatusFor(asRole),
      action: 'SIGN_UP',
      emailVerified: false,
      licenses: licensesFor(asRole, licenses ?? []),
    };
    // Hashed either way, so a taken address answers no faster than a new one.
    const passwordHash = await this.hasher.hash(registration.password);
    return this.inTransaction(async (manager) => {
      const account = await this.insert(manager, registration, passwordHash, plan);
      if (account) await this.mailConfirmationLink(manager, account.id);
      else await this.mailOwnerOf(manager, registration.email);
      return normalizedEmail(registration.email);
    });
  }

  /** Admins are made by an operator on the server, who vouches for the address; their second factor is enrolled next. */
  async createAdmin(registration: Registration): Promise<CreatedAdmin> {
    const plan = { role: Role.ADMIN, status: AccountStatus.ACTIVE, action: 'CREATE_ADMIN', emailVerified: true };
    const passwordHash = await this.hasher.hash(registration.password);
    return this.inTransaction(async (manager) => {
      const account = await this.insert(manager, registration, passwordHash, plan);
      if (!account) throw new EmailTakenError();
      const enrollment = await this.secondFactors.beginEnrollment(
        manager,
        account,
        'START_SECOND_FACTOR_ENROLLMENT',
        null,
      );
      return { account, enrollment };
    });
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.accounts.transaction(work);
    } catch (error) {
      return translateDatabaseError(error, { accounts_email_check: 'email' });
    }
  }

  /** Null when the address is taken. */
  private async insert(
    manager: EntityManager,
    registration: Registration,
    passwordHash: string,
    plan: NewAccountPlan,
  ): Promise<AccountEntity | null> {
    const account = await this.accounts.insert(manager, {
      email: normalizedEmail(registration.email),
      passwordHash,
      displayName: registration.displayName.trim(),
      role: plan.role,
      status: plan.status,
      emailVerified: plan.emailVerified,
    });
    if (!account) return null;
    if (plan.licenses?.length) await this.licenses.insert(manager, account.id, plan.licenses);
    await this.accounts.appendAudit(manager, {
      accountId: account.id,
      actorId: null,
      action: plan.action,
      fromStatus: null,
      toStatus: plan.status,
      reason: null,
    });
    return account;
  }

  async mailConfirmationLink(manager: EntityManager, accountId: string): Promise<void> {
    const token = await this.links.issue(manager, accountId, LinkPurpose.CONFIRM_EMAIL);
    await this.outbox.enqueue(manager, {
      recipientAccountId: accountId,
      kind: AccountMailKind.EMAIL_CONFIRMATION,
      secret: token,
    });
  }

  private async mailOwnerOf(manager: EntityManager, email: string): Promise<void> {
    const owner = await this.accounts.findByEmail(normalizedEmail(email));
    // Unreachable: the insert found the address taken, and accounts are never deleted.
    if (!owner) throw new Error('the address is taken by no account');
    await this.outbox.enqueue(manager, { recipientAccountId: owner.id, kind: AccountMailKind.SIGN_UP_ATTEMPT });
  }
}

export function normalizedEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Therapists are approved on the strength of their licenses; no other role has any to give.
function licensesFor(role: Role, claims: TherapistLicenseClaim[]): NewTherapistLicense[] {
  if (role === Role.THERAPIST && !claims.length) {
    throw new InvalidInputError([{ field: 'licenses', reason: 'a therapist must give at least one license' }]);
  }
  if (role !== Role.THERAPIST && claims.length) {
    throw new InvalidInputError([{ field: 'licenses', reason: 'only therapists give licenses' }]);
  }
  const licenses = claims.map(({ state, licenseType, number, npi }) => ({
    state,
    licenseType,
    number,
    npi: npi ?? null,
  }));
  const distinct = new Set(licenses.map(({ state, licenseType, number }) => `${state} ${licenseType} ${number}`));
  if (distinct.size < licenses.length) {
    throw new InvalidInputError([{ field: 'licenses', reason: 'lists the same license twice' }]);
  }
  return licenses;
}
