// What other libraries and the apps may use: the connection, signals between processes, migrations, the runtime every
// process finds, the embedded server and error translation.
export { buildDataSourceOptions } from './data-source-options';
export type { DataSourceSettings } from './data-source-options';
export { assertTestDatabase, withDatabaseName } from './database-url';
export { DatabaseModule } from './database.module';
export { DatabaseSignal, DatabaseSignals } from './database-signals';
export { DatabaseSignalsModule } from './database-signals.module';
export { startEmbeddedPostgres } from './embedded-postgres';
export { runMigrations } from './migrate';
export { translateDatabaseError } from './pg-errors';
export { resolveRuntime } from './runtime';
export type { Runtime, RuntimeNeeds } from './runtime';
