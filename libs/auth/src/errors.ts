import { DomainError, ErrorCategory } from '@app/shared';

export class AuthenticationRequiredError extends DomainError {
  readonly code = 'AUTH.UNAUTHENTICATED';
  readonly category = ErrorCategory.UNAUTHENTICATED;

  constructor() {
    super('Sign in to do this');
  }
}
