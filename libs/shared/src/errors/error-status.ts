import { ErrorCategory } from './domain-error';

export const HTTP_STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  [ErrorCategory.BAD_USER_INPUT]: 400,
  [ErrorCategory.UNAUTHENTICATED]: 401,
  [ErrorCategory.FORBIDDEN]: 403,
  [ErrorCategory.NOT_FOUND]: 404,
  [ErrorCategory.CONFLICT]: 409,
};

const CATEGORY_BY_HTTP_STATUS = new Map<number, ErrorCategory>(
  Object.entries(HTTP_STATUS_BY_CATEGORY).map(([category, status]) => [status, category as ErrorCategory]),
);

export function categoryForHttpStatus(status: number): ErrorCategory | undefined {
  return CATEGORY_BY_HTTP_STATUS.get(status);
}
