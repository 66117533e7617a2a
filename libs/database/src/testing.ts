// For tests only (lint refuses it elsewhere). jest's global setup runs outside jest's module registry, where the
// NestJS packages (ES modules) cannot load: this entry point reaches the server and migrations without them.
export { withDatabaseName } from './database-url';
export { startEmbeddedPostgres } from './embedded-postgres';
export { runMigrations } from './migrate';
