import { ConflictError, NotFoundError } from '@app/shared';

export class NpiAlreadyListedError extends ConflictError {
  constructor() {
    super('DIRECTORY.NPI_ALREADY_LISTED', 'A listing with this NPI already exists; claim it with claimListing instead');
  }
}

export class AlreadyOwnsListingError extends ConflictError {
  constructor() {
    super('DIRECTORY.ALREADY_OWNS_LISTING', 'This account already owns a listing');
  }
}

export class RevisionUnderReviewError extends ConflictError {
  constructor(status: string) {
    super(
      'DIRECTORY.REVISION_UNDER_REVIEW',
      `Changes to vetted fields are ${status}; withdraw them before editing again`,
    );
  }
}

export class NoListingError extends NotFoundError {
  constructor() {
    super('DIRECTORY.NO_LISTING', 'This account has no listing yet; create it with saveMyListing');
  }
}

export class UnownedListingNotFoundError extends NotFoundError {
  constructor() {
    super('DIRECTORY.CLAIMABLE_LISTING_NOT_FOUND', 'No unowned listing has this NPI');
  }
}
