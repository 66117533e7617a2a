import { Logger } from '@nestjs/common';
import { createLogger } from './logging';
import { NestPinoLogger } from './nest-pino-logger';

describe('NestPinoLogger', () => {
  let lines: Record<string, unknown>[];

  beforeEach(() => {
    lines = [];
    const pino = createLogger(
      { NODE_ENV: 'production', LOG_LEVEL: 'trace' },
      { write: (line: string) => void lines.push(JSON.parse(line)) },
    );
    // As the application has it: every Nest `Logger` writes through the one given to NestFactory.
    Logger.overrideLogger(new NestPinoLogger(pino));
  });

  it("puts Nest's start-up lines at debug level and the rest of `log` at info, with the context as a field", () => {
    new Logger('RoutesResolver').log('HealthController {/health}');
    new Logger('ReferralWorker').log('Referral worker started');

    expect(lines).toEqual([
      expect.objectContaining({ level: 20, context: 'RoutesResolver', msg: 'HealthController {/health}' }),
      expect.objectContaining({ level: 30, context: 'ReferralWorker', msg: 'Referral worker started' }),
    ]);
  });

  it("maps each of Nest's levels to pino's", () => {
    const logger = new Logger('Levels');
    logger.verbose('v');
    logger.debug('d');
    logger.log('l');
    logger.warn('w');
    logger.error('e');
    logger.fatal('f');

    expect(lines.map(({ level, msg }) => [level, msg])).toEqual([
      [10, 'v'],
      [20, 'd'],
      [30, 'l'],
      [40, 'w'],
      [50, 'e'],
      [60, 'f'],
    ]);
  });

  it('writes an object message as fields, with the message given after it', () => {
    const logger = new Logger('Errors');
    logger.error({ msg: 'Unexpected error', errorId: 'id-1', errorClass: 'TypeError' });
    logger.log({ expired: 1, delivered: 2 }, 'Referral worker pass');

    expect(lines[0]).toMatchObject({ level: 50, context: 'Errors', msg: 'Unexpected error', errorId: 'id-1' });
    expect(lines[1]).toMatchObject({ level: 30, msg: 'Referral worker pass', expired: 1, delivered: 2 });
  });

  it("writes a stack trace passed the way Nest's exception handlers do as a field, not as the message", () => {
    const stack = 'Error: boom\n    at handler (controller.ts:1:1)';
    new Logger('ExceptionsHandler').error('boom', stack);

    expect(lines[0]).toEqual(expect.objectContaining({ level: 50, context: 'ExceptionsHandler', msg: 'boom', stack }));
  });

  it('writes an Error as `err`, with its class, message and stack', () => {
    const error = new RangeError('out of range');
    new Logger('ReferralWorker').error({ err: error }, 'Referral worker pass failed');
    new Logger('NestApplication').error(error);

    for (const line of lines) {
      expect(line.err).toMatchObject({ type: 'RangeError', message: 'out of range', stack: error.stack });
    }
    expect(lines[0].msg).toBe('Referral worker pass failed');
  });
});

describe('createLogger', () => {
  it('logs a request by method, path without its query and status only', () => {
    const lines: string[] = [];
    const logger = createLogger({ NODE_ENV: 'production', LOG_LEVEL: 'info' }, { write: (line) => lines.push(line) });

    const req = { method: 'GET', url: '/search?q=private', headers: { authorization: 'Bearer t', cookie: 'c' } };
    logger.info({ req, res: { statusCode: 200, headers: {} } }, 'request completed');

    expect(JSON.parse(lines[0])).toMatchObject({ req: { method: 'GET', path: '/search' }, res: { statusCode: 200 } });
    expect(lines[0]).not.toMatch(/private|Bearer|cookie|headers/);
  });

  it('writes nothing below its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }, { write: (line) => lines.push(line) });

    logger.info('quiet');
    logger.warn('loud');

    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['loud']);
  });
});
