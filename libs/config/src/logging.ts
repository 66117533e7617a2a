import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import { Environment } from './environment';

/**
 * The process's one logger: Fastify writes its request lines with it, Nest and our `Logger`s through `NestPinoLogger`.
 * One line of JSON per event in production and wherever the output is read by a program; short, coloured lines on a
 * developer's terminal. Query strings and bodies may carry what a client typed: requests are logged by route and
 * status only. `destination`: where the lines go instead of standard output (tests read them).
 */
export function createLogger(
  environment: Pick<Environment, 'NODE_ENV' | 'LOG_LEVEL'>,
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level: environment.LOG_LEVEL,
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  if (destination) return pino(options, destination);
  const pretty = environment.NODE_ENV === 'development' && process.stdout.isTTY === true;
  if (!pretty) return pino(options);
  return pino({
    ...options,
    transport: {
      target: 'pino-pretty',
      options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,context,req,res,reqId' },
    },
  });
}
