// What every library may use: domain errors and their presentation, keyset cursors and page sizes, US states.
export { ApiErrorBody } from './errors/api-error.model';
export { sqlStateOf } from './errors/error-description';
export { presentError } from './errors/error-presenter';
export type { PresentedError } from './errors/error-presenter';
export { ConflictError, DomainError, ErrorCategory, InvalidInputError, NotFoundError } from './errors/domain-error';
export type { FieldProblem } from './errors/domain-error';
export { validationExceptionFactory } from './errors/validation-exception.factory';
export { US_STATE_CODES, US_STATES } from './geo/us-states';
export type { UsStateCode } from './geo/us-states';
export { CursorCodec } from './pagination/cursor-codec';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination/page-size';
export { PageArgs } from './pagination/page.args';
export { IsCalendarDate } from './validation/is-calendar-date';
