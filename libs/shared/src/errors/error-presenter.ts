import { HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCategory, FieldProblem } from './domain-error';
import { describeForLog } from './error-description';
import { categoryForHttpStatus, HTTP_STATUS_BY_CATEGORY } from './error-status';

/** What any API tells the caller about a failure: never a stack trace, never SQL, never health information. */
export interface PresentedError {
  status: number;
  category: ErrorCategory | 'INTERNAL_SERVER_ERROR';
  code: string;
  message: string;
  details?: FieldProblem[];
}

const logger = new Logger('Errors');

export function presentError(error: unknown): PresentedError {
  if (error instanceof DomainError) {
    return {
      status: HTTP_STATUS_BY_CATEGORY[error.category],
      category: error.category,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  if (error instanceof HttpException) {
    return presentHttpException(error);
  }
  return presentUnexpected(error);
}

// Framework exceptions (unknown route, body too large, throttling) keep their status; the message is Nest's own.
function presentHttpException(error: HttpException): PresentedError {
  const status = error.getStatus();
  const category = categoryForHttpStatus(status);
  if (!category && status >= 500) return presentUnexpected(error, status);
  return {
    status,
    category: category ?? ErrorCategory.BAD_USER_INPUT,
    code: `HTTP.${status}`,
    message: error.message,
  };
}

function presentUnexpected(error: unknown, status = 500): PresentedError {
  const errorId = randomUUID();
  // The caller gets the id only; the log gets the id and what can be said of the error without quoting any input.
  logger.error({ msg: 'Unexpected error', errorId, ...describeForLog(error) });
  return {
    status,
    category: 'INTERNAL_SERVER_ERROR',
    code: 'INTERNAL',
    message: `Something went wrong on our side. Quote error id ${errorId} if you contact us.`,
  };
}
