// What every library may use: domain errors and their presentation, keyset paging and connections, US states,
// distances, validation decorators.
export { ApiErrorBody } from './errors/api-error.model';
export { ConflictError, DomainError, ErrorCategory, InvalidInputError, NotFoundError } from './errors/domain-error';
export type { FieldProblem } from './errors/domain-error';
export { sqlStateOf } from './errors/error-description';
export { presentError } from './errors/error-presenter';
export type { PresentedError } from './errors/error-presenter';
export { validationExceptionFactory } from './errors/validation-exception.factory';
export { METERS_PER_MILE } from './geo/distance';
export { US_STATE_CODES, US_STATES, UsState } from './geo/us-states';
export { Connection } from './pagination/connection.model';
export { KeysetPager, KeysetRead } from './pagination/keyset-pager';
export type { KeysetList, SortKeys } from './pagination/keyset-pager';
export { emptyPage, mapNodes, PageInfo } from './pagination/page';
export type { Page, PageRequest } from './pagination/page';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination/page-size';
export { PageArgs } from './pagination/page.args';
export { IsCalendarDate } from './validation/is-calendar-date';
export { IsUsState } from './validation/is-us-state';
export { isValidNpi, withNpiCheckDigit } from './validation/npi';
