import { sqlStateOf } from '@app/shared';
import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM's logger, minus what must never be written down: a statement's parameters are what people typed (a search,
 * an email, a client's details) and its error message may quote them. A failure is logged with the statement's text,
 * which holds placeholders only, the error's class and the SQL state.
 */
export class QueryFailureLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.logger.error({
      msg: 'Statement failed',
      errorClass: typeof error === 'string' ? 'string' : error.constructor.name,
      sqlState: sqlStateOf(error),
      statement: query,
    });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'Slow statement', milliseconds: time, statement: query });
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
