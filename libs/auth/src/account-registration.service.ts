import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { AccountRepository } from './account.repository';
import { AccountEntity } from './entities/account.entity';
import { EmailTakenError } from './errors';
import { PasswordHasher } from './password-hasher';
import { AccountStatus, initialStatusFor, Role, SignUpRole } from './roles';

export interface Registration {
  email: string;
  password: string;
  displayName: string;
}

/** Creates accounts: self-service for therapists and providers, the command line for admins. */
@Injectable()
export class AccountRegistrationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  signUp(registration: Registration, role: SignUpRole): Promise<AccountEntity> {
    const asRole = role as unknown as Role;
    return this.create(registration, asRole, initialStatusFor(asRole), 'SIGN_UP');
  }

  createAdmin(registration: Registration): Promise<AccountEntity> {
    return this.create(registration, Role.ADMIN, AccountStatus.ACTIVE, 'CREATE_ADMIN');
  }

  private async create(
    registration: Registration,
    role: Role,
    status: AccountStatus,
    action: string,
  ): Promise<AccountEntity> {
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
        return account;
      });
    } catch (error) {
      return translateDatabaseError(error, { accounts_email_check: 'email' });
    }
  }
}
