import { Injectable } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { Logger, Params } from 'nestjs-pino';
import { AppConfig } from './app-config';

/** Nest's start-up chatter (every module, every route): useful when debugging, noise on a newcomer's terminal. */
const START_UP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** The pino logger, with Nest's start-up lines at debug level so the welcome banner stays on screen. */
@Injectable()
export class QuietStartupLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) {
      super.debug(message, ...optionalParams);
    } else {
      super.log(message, ...optionalParams);
    }
  }
}

/**
 * One line of JSON per event in production and wherever the output is read by a program; short, coloured lines on a
 * developer's terminal. Query strings and bodies may carry what a client typed: requests are logged by route and
 * status only. `destination`: where the lines go instead of standard output (tests read them).
 */
export function loggingParams(config: AppConfig, destination?: DestinationStream): Params {
  const pretty = !destination && config.nodeEnv === 'development' && process.stdout.isTTY === true;
  const options = {
    level: config.logLevel,
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,context,req,res' },
          },
        }
      : {}),
  };
  return { pinoHttp: destination ? [options, destination] : options };
}
