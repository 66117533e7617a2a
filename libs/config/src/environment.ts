import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** Every setting the service reads, validated at boot. Defaults make `npm start` work with nothing set. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Unset: an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /** Load demo data into an empty database; defaults to true for the embedded database only. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @IsString()
  DATA_DIR = '.data';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** Signs cursors and (later) tokens. Generated and kept under DATA_DIR for the embedded run; required otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  APP_SECRET?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';
}

export class InvalidEnvironmentError extends Error {}

const VARIABLE_NAMES = Object.getOwnPropertyNames(new Environment()).concat(['DATABASE_URL', 'SEED_DEMO', 'APP_SECRET']);

/** Validates raw variables; the message names each bad variable so a bad config refuses to start clearly. */
export function validateEnvironment(raw: Record<string, string | undefined> = process.env): Environment {
  const given = Object.fromEntries(
    VARIABLE_NAMES.filter((name) => raw[name] !== undefined && raw[name] !== '').map((name) => [name, raw[name]]),
  );
  const environment = plainToInstance(Environment, given);
  const errors = validateSync(environment);
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new InvalidEnvironmentError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return environment;
}
