import { ConflictError, DomainError, ErrorCategory, InvalidInputError, NotFoundError } from '@app/shared';

export class AuthenticationRequiredError extends DomainError {
  readonly code = 'AUTH.UNAUTHENTICATED';
  readonly category = ErrorCategory.UNAUTHENTICATED;

  constructor(message = 'Sign in to do this') {
    super(message);
  }
}

/** Wrong email or password: deliberately the same whether or not the email exists. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'AUTH.INVALID_CREDENTIALS';
  readonly category = ErrorCategory.UNAUTHENTICATED;

  constructor() {
    super('The email or password is not right');
  }
}

export class TooManyLogInAttemptsError extends DomainError {
  readonly code = 'AUTH.TOO_MANY_ATTEMPTS';
  readonly category = ErrorCategory.UNAUTHENTICATED;

  constructor() {
    super('Too many failed log-ins; try again later');
  }
}

export class ForbiddenError extends DomainError {
  readonly category = ErrorCategory.FORBIDDEN;

  constructor(
    readonly code = 'AUTH.FORBIDDEN',
    message = 'Your account may not do this',
  ) {
    super(message);
  }
}

/** Only reached with the right password, so saying why does not reveal whether an email is registered. */
export class AccountNotUsableError extends ForbiddenError {
  constructor(status: string) {
    super(
      `AUTH.ACCOUNT_${status}`,
      status === 'PENDING_APPROVAL' ? 'An admin has not approved this account yet' : 'This account cannot sign in',
    );
  }
}

export class EmailTakenError extends ConflictError {
  constructor() {
    super('AUTH.EMAIL_TAKEN', 'An account with this email already exists');
  }
}

export class AccountTransitionError extends DomainError {
  readonly code = 'AUTH.INVALID_ACCOUNT_TRANSITION';
  readonly category = ErrorCategory.CONFLICT;

  constructor(current: string, action: string) {
    super(`Cannot ${action} an account that is ${current}`, [{ field: 'status', reason: current }]);
  }
}

/** The account is already known here, so saying which password is wrong reveals nothing. */
export class WrongCurrentPasswordError extends InvalidInputError {
  constructor() {
    super([{ field: 'currentPassword', reason: 'is not your current password' }], 'AUTH.WRONG_CURRENT_PASSWORD');
  }
}

export class UnchangedPasswordError extends InvalidInputError {
  constructor() {
    super([{ field: 'newPassword', reason: 'must differ from the current password' }], 'AUTH.PASSWORD_UNCHANGED');
  }
}

export class UnverifiedTherapistLicenseError extends ConflictError {
  constructor() {
    super('AUTH.LICENSE_UNVERIFIED', 'Verify at least one of the therapist’s licenses before approving the account');
  }
}

export class TherapistLicenseNotFoundError extends NotFoundError {
  constructor() {
    super('AUTH.LICENSE_NOT_FOUND', 'No therapist license has this id');
  }
}

/** Forged, expired and used links all look alike, so a guess learns nothing. */
export class InvalidLinkError extends InvalidInputError {
  constructor() {
    super(
      [{ field: 'token', reason: 'is not a valid link: it may have expired or been used already; ask for a new one' }],
      'AUTH.INVALID_LINK',
    );
  }
}

/** Only reached with the right password, like AccountNotUsableError. */
export class EmailNotConfirmedError extends ForbiddenError {
  constructor() {
    super('AUTH.EMAIL_NOT_CONFIRMED', 'Confirm your email address first: follow the link we mailed you');
  }
}

export class SessionNotFoundError extends NotFoundError {
  constructor() {
    super('AUTH.SESSION_NOT_FOUND', 'You have no open session with this id');
  }
}

/** Only reached with the right password, so saying that a second factor is missing reveals nothing to a guesser. */
export class SecondFactorEnrollmentRequiredError extends DomainError {
  readonly code = 'AUTH.SECOND_FACTOR_ENROLLMENT_REQUIRED';
  readonly category = ErrorCategory.UNAUTHENTICATED;

  constructor() {
    super(
      'This account needs an authenticator app: add one with startSecondFactorEnrollment, then log in with its code',
    );
  }
}

export class SecondFactorRequiredError extends DomainError {
  readonly code = 'AUTH.SECOND_FACTOR_REQUIRED';
  readonly category = ErrorCategory.UNAUTHENTICATED;

  constructor() {
    super('Give the code from your authenticator app, or one of your recovery codes, as oneTimeCode');
  }
}

export class SecondFactorNotNeededError extends ConflictError {
  constructor() {
    super('AUTH.SECOND_FACTOR_NOT_NEEDED', 'Only admin accounts use a second factor');
  }
}

export class SecondFactorAlreadyEnrolledError extends ConflictError {
  constructor() {
    super(
      'AUTH.SECOND_FACTOR_ALREADY_ENROLLED',
      'This account already has an authenticator app; log in with its code or a recovery code',
    );
  }
}

/** The caller is signed in, so naming the wrong code reveals nothing. */
export class WrongOneTimeCodeError extends InvalidInputError {
  constructor() {
    super(
      [
        {
          field: 'oneTimeCode',
          reason: 'is not a current code from your authenticator app or an unused recovery code',
        },
      ],
      'AUTH.WRONG_ONE_TIME_CODE',
    );
  }
}

/** For operators on the command line, who name accounts by email. */
export class AccountEmailNotFoundError extends NotFoundError {
  constructor() {
    super('AUTH.ACCOUNT_NOT_FOUND', 'No account has this email');
  }
}

export class SecondFactorNotEnrolledError extends ConflictError {
  constructor() {
    super('AUTH.SECOND_FACTOR_NOT_ENROLLED', 'This account has no confirmed authenticator app');
  }
}
