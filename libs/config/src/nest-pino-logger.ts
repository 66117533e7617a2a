import { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/** Nest's start-up chatter (every module, every route): useful when debugging, noise on a newcomer's terminal. */
const START_UP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/**
 * Nest's and our `Logger` lines, written by the process's pino logger (see `createLogger`). Nest passes a logger's
 * context last: it becomes the `context` field; an object message becomes fields, an Error an `err`. Nest's start-up
 * lines go at debug level so the welcome banner stays on screen. Our own and not nestjs-pino's: its releases for
 * Nest 12 require Node 22, and the service runs on Node 20.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write(START_UP_CONTEXTS.has(String(params.at(-1))) ? 'debug' : 'info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const last = params.at(-1);
    const context = typeof last === 'string' ? last : undefined;
    // Nest's `Logger.error` holds the place of a missing stack with `undefined`.
    const rest = (context === undefined ? params : params.slice(0, -1)).filter((param) => param !== undefined);
    if (typeof message === 'object' && message !== null) {
      const [text, ...args] = rest;
      const fields = message instanceof Error ? { err: message } : message;
      this.pino[level]({ context, ...fields }, text as string | undefined, ...args);
    } else if (level === 'error' && rest.length === 1 && isStackTrace(rest[0])) {
      this.pino.error({ context, stack: rest[0] }, String(message));
    } else {
      this.pino[level]({ context }, String(message), ...rest);
    }
  }
}

/** Nest's exception handlers pass a stack trace where other calls pass a message argument. */
function isStackTrace(value: unknown): value is string {
  return typeof value === 'string' && /\n\s*at /.test(value);
}
