import { FieldCipher } from '@app/config';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRepository } from '../account.repository';
import { AccountEntity } from '../entities/account.entity';
import {
  InvalidCredentialsError,
  SecondFactorAlreadyEnrolledError,
  SecondFactorEnrollmentRequiredError,
  SecondFactorRequiredError,
} from '../errors';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';
import { Role } from '../roles';
import { SecondFactorRepository, TotpSecretRow } from './second-factor.repository';
import { acceptedTimeStep, newTotpEnrollment, TotpEnrollment, totpSecretContext } from './totp';

/** How a log-in passed the second factor. */
export interface SecondFactorPass {
  /** False for accounts that use none. */
  verified: boolean;
  /** Fresh recovery codes, only on the log-in that confirmed the factor: shown this once. */
  recoveryCodes: string[] | null;
}

// Admins decide who may receive client information, so a stolen password alone must not be enough.
export function needsSecondFactor(role: Role): boolean {
  return role === Role.ADMIN;
}

/**
 * An account's TOTP second factor: begun with a pending secret, confirmed by the first log-in with one of its codes,
 * then asked for at every log-in. Each code is accepted once; a recovery code stands in for one, once. Every change
 * is audited; a wrong code is an `InvalidCredentialsError`, which the log-in counts as a failure.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly secondFactors: SecondFactorRepository,
    private readonly accounts: AccountRepository,
    private readonly cipher: FieldCipher,
  ) {}

  async passForLogIn(account: AccountEntity, oneTimeCode: string | undefined): Promise<SecondFactorPass> {
    if (!needsSecondFactor(account.role)) return { verified: false, recoveryCodes: null };
    const factor = await this.secondFactors.findSecret(account.id);
    if (!factor || (!factor.confirmed && !oneTimeCode)) throw new SecondFactorEnrollmentRequiredError();
    if (!oneTimeCode) throw new SecondFactorRequiredError();
    if (!factor.confirmed) return { verified: true, recoveryCodes: await this.confirm(account, factor, oneTimeCode) };
    await this.verifyConfirmed(account, factor, oneTimeCode);
    return { verified: true, recoveryCodes: null };
  }

  /** A code from the authenticator app, or an unused recovery code (then used up); throws when it is neither. */
  async verifyConfirmed(account: AccountEntity, factor: TotpSecretRow, oneTimeCode: string): Promise<void> {
    const secret = this.cipher.open(factor.sealedSecret, totpSecretContext(account.id));
    const timeStep = acceptedTimeStep(secret, oneTimeCode, factor.lastTimeStep);
    if (timeStep !== null) {
      if (await this.secondFactors.acceptTimeStep(account.id, timeStep)) return;
      throw new InvalidCredentialsError();
    }
    await this.secondFactors.transaction(async (manager) => {
      const unused = await this.secondFactors.useRecoveryCode(manager, account.id, recoveryCodeHash(oneTimeCode));
      if (unused === null) throw new InvalidCredentialsError();
      await this.audit(manager, account, 'USE_RECOVERY_CODE', `${unused} unused recovery codes left`);
    });
  }

  /** A new pending secret in the caller's transaction, replacing a pending one; refused once one is confirmed. */
  async beginEnrollment(
    manager: EntityManager,
    account: AccountEntity,
    action: string,
    actorId: string | null,
  ): Promise<TotpEnrollment> {
    const enrollment = newTotpEnrollment(account.email);
    const saved = await this.secondFactors.savePending(
      manager,
      account.id,
      this.cipher.seal(enrollment.secret, totpSecretContext(account.id)),
    );
    if (!saved) throw new SecondFactorAlreadyEnrolledError();
    await this.audit(manager, account, action, null, actorId);
    return enrollment;
  }

  /** Ten new recovery codes in the caller's transaction; the old ones stop working. */
  async replaceRecoveryCodes(manager: EntityManager, account: AccountEntity, action: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.secondFactors.replaceRecoveryCodes(manager, account.id, codes.map(recoveryCodeHash));
    await this.audit(manager, account, action, null);
    return codes;
  }

  findSecret(accountId: string): Promise<TotpSecretRow | null> {
    return this.secondFactors.findSecret(accountId);
  }

  private async confirm(account: AccountEntity, factor: TotpSecretRow, oneTimeCode: string): Promise<string[]> {
    const timeStep = acceptedTimeStep(
      this.cipher.open(factor.sealedSecret, totpSecretContext(account.id)),
      oneTimeCode,
      null,
    );
    if (timeStep === null) throw new InvalidCredentialsError();
    return this.secondFactors.transaction(async (manager) => {
      // Another request may have confirmed it, or replaced it with a new pending secret, since it was read.
      const confirmed = await this.secondFactors.confirm(manager, account.id, factor.sealedSecret, timeStep);
      if (!confirmed) throw new InvalidCredentialsError();
      return this.replaceRecoveryCodes(manager, account, 'CONFIRM_SECOND_FACTOR');
    });
  }

  private async audit(
    manager: EntityManager,
    account: AccountEntity,
    action: string,
    reason: string | null,
    actorId: string | null = account.id,
  ): Promise<void> {
    await this.accounts.appendAudit(manager, {
      accountId: account.id,
      actorId,
      action,
      fromStatus: account.status,
      toStatus: account.status,
      reason,
    });
  }
}
