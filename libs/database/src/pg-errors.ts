import { ConflictError, InvalidInputError } from '@app/shared';
import { QueryFailedError } from 'typeorm';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

// SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';
const SERIALIZATION_FAILURE = '40001';

/**
 * Turns a constraint the database enforced into the error the caller should see; `fieldsByConstraint` names the
 * input field behind each constraint. Anything else is rethrown untouched (and becomes a logged internal error).
 */
export function translateDatabaseError(error: unknown, fieldsByConstraint: Record<string, string> = {}): never {
  if (!(error instanceof QueryFailedError)) throw error;
  const driverError = error.driverError as PgDriverError;
  const field = (driverError.constraint && fieldsByConstraint[driverError.constraint]) || 'input';
  switch (driverError.code) {
    case UNIQUE_VIOLATION:
      throw new ConflictError('DATABASE.DUPLICATE', `${field} is already in use`);
    case FOREIGN_KEY_VIOLATION:
      throw InvalidInputError.field(field, 'refers to something that does not exist');
    case CHECK_VIOLATION:
      throw InvalidInputError.field(field, 'is not an allowed value');
    case SERIALIZATION_FAILURE:
      throw new ConflictError('DATABASE.CONCURRENT_UPDATE', 'Someone else changed this at the same time; try again');
    default:
      throw error;
  }
}
