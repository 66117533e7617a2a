import { ConflictError, NotFoundError } from '@app/shared';
import { ClaimStatus } from './listing-claim-rules';

export class OpenClaimExistsError extends ConflictError {
  constructor() {
    super(
      'DIRECTORY.OPEN_CLAIM_EXISTS',
      'This account already has an open claim; withdraw it or wait for its decision first',
    );
  }
}

export class ClaimNotFoundError extends NotFoundError {
  constructor() {
    super('DIRECTORY.CLAIM_NOT_FOUND', 'No claim has this id');
  }
}

/** The claim was decided, withdrawn or expired: nothing can be done with it any more. */
export class ClaimNotOpenError extends ConflictError {
  constructor(status: ClaimStatus) {
    super('DIRECTORY.CLAIM_NOT_OPEN', `The claim is ${status}, no longer open`);
  }
}

/** Since the claim was made, the listing was archived, rejected or given an owner. */
export class ListingNoLongerClaimableError extends ConflictError {
  constructor() {
    super('DIRECTORY.LISTING_NOT_CLAIMABLE', 'The listing can no longer be claimed');
  }
}
