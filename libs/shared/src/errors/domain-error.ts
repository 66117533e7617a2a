/** How an error is presented to callers; each API maps it once (GraphQL extensions.code, HTTP status). */
export enum ErrorCategory {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}

/** One problem with one input field. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * Base class of every expected failure. `code` is stable (`DIRECTORY.UNKNOWN_ZIP`) so clients can branch on it;
 * `message` is for humans and never contains health information.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly category: ErrorCategory;

  constructor(
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that cannot be accepted, naming the field(s) and why. */
export class InvalidInputError extends DomainError {
  readonly code: string;
  readonly category = ErrorCategory.BAD_USER_INPUT;

  constructor(problems: FieldProblem[], code = 'INPUT.INVALID') {
    super(problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);
    this.code = code;
  }

  static field(field: string, reason: string, code?: string): InvalidInputError {
    return new InvalidInputError([{ field, reason }], code);
  }
}

/** The object does not exist or the caller may not see it: both look the same from outside. */
export class NotFoundError extends DomainError {
  readonly category = ErrorCategory.NOT_FOUND;

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request is valid but clashes with the current state (a stale version, a duplicate). */
export class ConflictError extends DomainError {
  readonly category = ErrorCategory.CONFLICT;

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
