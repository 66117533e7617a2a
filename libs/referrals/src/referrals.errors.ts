import { ConflictError, DomainError, ErrorCategory, InvalidInputError, NotFoundError } from '@app/shared';

/** Unknown, or not the caller's to see: the same answer either way. */
export class ReferralNotFoundError extends NotFoundError {
  constructor() {
    super('REFERRALS.NOT_FOUND', 'No such referral');
  }
}

/** The listing does not exist or is not approved: referrals go only to vetted, published listings. */
export class ReferralListingNotFoundError extends NotFoundError {
  constructor() {
    super('REFERRALS.LISTING_NOT_FOUND', 'No approved listing with this id');
  }
}

/** An action the referral's current status does not allow (including losing a race to another change). */
export class ReferralTransitionError extends DomainError {
  readonly code = 'REFERRALS.INVALID_TRANSITION';
  readonly category = ErrorCategory.CONFLICT;

  constructor(
    action: string,
    readonly currentStatus: string,
  ) {
    super(`Cannot ${action.toLowerCase().replace(/_/g, ' ')} a referral that is ${currentStatus}`, [
      { field: 'status', reason: currentStatus },
    ]);
  }
}

export class IdempotencyKeyReusedError extends ConflictError {
  constructor() {
    super('REFERRALS.IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was already used for a different referral');
  }
}

export class OutcomeAlreadyRecordedError extends ConflictError {
  constructor() {
    super('REFERRALS.OUTCOME_ALREADY_RECORDED', 'The outcome of this referral is already recorded');
  }
}

export function stateNotServed(reason: string): InvalidInputError {
  return InvalidInputError.field('clientState', reason, 'REFERRALS.STATE_NOT_SERVED');
}

export function listingNotReceiving(): InvalidInputError {
  return InvalidInputError.field(
    'providerId',
    'this listing has no provider account to answer referrals yet',
    'REFERRALS.LISTING_NOT_RECEIVING',
  );
}
