export * from './data-source-options';
export * from './database-url';
export * from './database.module';
export * from './embedded-postgres';
export * from './migrate';
export * from './pg-errors';
export * from './runtime-database';
