export * from './errors/domain-error';
export * from './errors/error-presenter';
export * from './errors/error-status';
export * from './errors/validation-exception.factory';
export * from './geo/us-states';
export * from './pagination/cursor-codec';
export * from './pagination/page-size';
export * from './pagination/page.args';
