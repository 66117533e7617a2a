import { translateDatabaseError } from '@app/database';
import { InvalidInputError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { EmailTakenError } from './errors';
import { PasswordHasher } from './password-hasher';
import { AccountStatus, initialStatusFor, Role, SignUpRole } from './roles';
import { SecondFactorService } from './second-factor.service';
import { NewTherapistLicense, TherapistLicenseRepository } from './therapist-license.repository';
import { TotpEnrollment } from './totp';

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

/** What else goes into the new account's transaction. */
type AlongWith<T> = (manager: EntityManager, account: AccountEntity) => Promise<T>;

/** Creates accounts: self-service for therapists and providers, the command line for admins. */
@Injectable()
export class AccountRegistrationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly licenses: TherapistLicenseRepository,
    private readonly secondFactors: SecondFactorService,
  ) {}

  async signUp(
    registration: Registration,
    role: SignUpRole,
    licenseClaims: TherapistLicenseClaim[] = [],
  ): Promise<AccountEntity> {
    const asRole = role as unknown as Role;
    const licenses = licensesFor(asRole, licenseClaims);
    const { account } = await this.create(
      registration,
      asRole,
      initialStatusFor(asRole),
      'SIGN_UP',
      (manager, account) => (licenses.length ? this.licenses.insert(manager, account.id, licenses) : Promise.resolve()),
    );
    return account;
  }

  async createAdmin(registration: Registration): Promise<CreatedAdmin> {
    const { account, along } = await this.create(
      registration,
      Role.ADMIN,
      AccountStatus.ACTIVE,
      'CREATE_ADMIN',
      (manager, account) =>
        this.secondFactors.beginEnrollment(manager, account, 'START_SECOND_FACTOR_ENROLLMENT', null),
    );
    return { account, enrollment: along };
  }

  private async create<T>(
    registration: Registration,
    role: Role,
    status: AccountStatus,
    action: string,
    alongWith: AlongWith<T>,
  ): Promise<{ account: AccountEntity; along: T }> {
    const passwordHash = await this.hasher.hash(registration.password);
    try {
      return await this.accounts.transaction(async (manager) => {
        const account = await this.accounts.insert(manager, {
          email: registration.email.trim().toLowerCase(),
          passwordHash,
          displayName: registration.displayName.trim(),
          role,
          status,
        });
        if (!account) throw new EmailTakenError();
        await this.accounts.appendAudit(manager, {
          accountId: account.id,
          actorId: null,
          action,
          fromStatus: null,
          toStatus: status,
          reason: null,
        });
        return { account, along: await alongWith(manager, account) };
      });
    } catch (error) {
      return translateDatabaseError(error, { accounts_email_check: 'email' });
    }
  }
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
