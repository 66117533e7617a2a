import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { ALL_MIGRATIONS } from '../../../migrations';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  /** Statement timeout in milliseconds: no query may run unbounded. */
  statementTimeoutMs?: number;
}

/** The one data-source definition shared by the app, the CLI (migrations, seeding), the tests and the benchmark. */
export function buildDataSourceOptions(settings: DataSourceSettings): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    extra: {
      max: settings.poolSize ?? 10,
      application_name: 'affirming-care-directory',
      statement_timeout: settings.statementTimeoutMs ?? 5000,
      // Name search matches a misspelt word when at least 40% of its trigrams agree (pg_trgm's default is 60%).
      // Searches are many and small: a parallel worker would take the core a concurrent request needs.
      options: '-c pg_trgm.word_similarity_threshold=0.4 -c max_parallel_workers_per_gather=0',
    },
  };
}
