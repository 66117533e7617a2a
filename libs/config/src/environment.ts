import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An integer setting: environment variables are text. */
const IntegerFromText = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => Number(value)),
    IsInt(),
  );

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** Every setting the service reads, validated at boot. Defaults make `npm start` work with nothing set. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntegerFromText()
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

  @IntegerFromText()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IntegerFromText()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /**
   * Signs cursors and tokens and derives the data key. Generated and kept under DATA_DIR for the embedded run;
   * required otherwise, and never a value copied from an example: anyone could sign tokens with it.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  @Matches(/^(?![\s\S]*(change-?me|placeholder|example))/i, {
    message: 'is an example value: set a long random one (e.g. openssl rand -base64 48)',
  })
  APP_SECRET?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Lifetime of an access token; short, because a suspension must take effect quickly everywhere. */
  @IntegerFromText()
  @Min(1)
  @Max(1440)
  ACCESS_TOKEN_TTL_MINUTES = 15;

  /**
   * A session (what one log-in on one device starts) ends when its refresh token goes unused this long: a device
   * left alone for a week signs in again.
   */
  @IntegerFromText()
  @Min(1)
  @Max(8760)
  SESSION_IDLE_HOURS = 168;

  /** A session ends this long after its log-in however busy it is, so a stolen refresh token is not good forever. */
  @IntegerFromText()
  @Min(1)
  @Max(365)
  SESSION_MAX_DAYS = 30;

  /** SESSION_IDLE_HOURS for admins, much shorter: an admin's forgotten session can suspend anyone. */
  @IntegerFromText()
  @Min(1)
  @Max(1440)
  ADMIN_SESSION_IDLE_MINUTES = 30;

  /** SESSION_MAX_DAYS for admins: about a working day. */
  @IntegerFromText()
  @Min(1)
  @Max(720)
  ADMIN_SESSION_MAX_HOURS = 12;

  /**
   * Failed log-ins for one email from one address before that pair (and only that pair) is refused for
   * LOGIN_LOCKOUT_MINUTES: a person mistyping their password gets a few tries, a guesser no more than that per address.
   */
  @IntegerFromText()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_EMAIL_AND_ADDRESS = 5;

  /** How long a refused pair waits; any count is forgotten once this long passes without a failure. */
  @IntegerFromText()
  @Min(1)
  @Max(1440)
  LOGIN_LOCKOUT_MINUTES = 15;

  /**
   * Added per failure beyond the free ones, for an email from any address or an address for any email, to the wait
   * before a password is checked; it grows to eight steps and stops (0 turns slowing off).
   */
  @IntegerFromText()
  @Min(0)
  @Max(5000)
  LOGIN_FAILURE_DELAY_MS = 250;

  /** Days a claim of a listing waits for an admin's decision before it expires (and stops counting as open). */
  @IntegerFromText()
  @Min(1)
  @Max(90)
  LISTING_CLAIM_DAYS = 14;

  // Referrals. Optional variables are initialised to undefined so validateEnvironment lists them among those it reads.

  /** Keys for client details at rest: `id:base64-of-32-bytes`, comma-separated, first = current; unset = derived. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be id:base64key pairs (32-byte keys), comma-separated',
  })
  DATA_ENCRYPTION_KEYS?: string = undefined;

  /** Days a referral may wait for an answer before it expires. */
  @IntegerFromText()
  @Min(1)
  @Max(60)
  REFERRAL_EXPIRY_DAYS = 5;

  @IntegerFromText()
  @Min(1)
  @Max(60)
  REFERRAL_URGENT_EXPIRY_DAYS = 2;

  /** Signals (declines for licensing/new patients, could-not-contact, not affirming) that flag a listing for re-verification. */
  @IntegerFromText()
  @Min(1)
  @Max(1000)
  REFERRAL_SIGNAL_THRESHOLD = 3;

  /** Only signals from this many recent days count toward the threshold. */
  @IntegerFromText()
  @Min(1)
  @Max(3650)
  REFERRAL_SIGNAL_WINDOW_DAYS = 180;

  /** Base of the links in notifications; defaults to http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string = undefined;

  /** smtp(s)://user:pass@host:port; unset = mail is written as .eml files under DATA_DIR/mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Affirming Care Directory <no-reply@localhost>';

  /** How long the link mailed at sign-up confirms the address. */
  @IntegerFromText()
  @Min(1)
  @Max(168)
  EMAIL_CONFIRMATION_HOURS = 24;

  /** How long a password-reset link works: short, because whoever reads the mail can take the account. */
  @IntegerFromText()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_MINUTES = 30;

  /** Run the notification and expiry worker inside the API process; defaults to true for the embedded database only. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WORKER_IN_API?: boolean = undefined;

  /** How often the worker looks for due notifications and referrals. */
  @IntegerFromText()
  @Min(50)
  @Max(600000)
  WORKER_POLL_MS = 2000;

  /** Delivery attempts (with exponential back-off) before a notification is given up. */
  @IntegerFromText()
  @Min(1)
  @Max(50)
  OUTBOX_MAX_ATTEMPTS = 8;

  /** Serve the OpenAPI document and its viewer at /api/docs. */
  @Transform(toBoolean)
  @IsBoolean()
  API_DOCS = true;

  // Rate limits, per client address: strict for sign-up, log-in and sending referrals, generous for everything else.

  /** Off only for benchmarks and tests that measure something else. */
  @Transform(toBoolean)
  @IsBoolean()
  RATE_LIMITS = true;

  /** Sign-ups, log-ins, session refreshes, password changes and referrals sent, per address per minute. */
  @IntegerFromText()
  @Min(1)
  @Max(10000)
  RATE_LIMIT_STRICT_PER_MINUTE = 10;

  /** Any other request (searches, pages, their assets), per address per minute: a person never meets it. */
  @IntegerFromText()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_PER_MINUTE = 1200;

  /** redis://… : rate-limit counters shared by every API process; unset, each process counts on its own. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string = undefined;

  // The web site.

  /** Where the quick exit sends a visitor: a neutral site, opened in place of ours so Back does not return. */
  @Matches(/^https:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an https URL' })
  QUICK_EXIT_URL = 'https://www.weather.gov/';

  /** The built web app (`npm run build:web`); the API serves the site from it when it exists. */
  @IsString()
  WEB_BUILD_DIR = 'apps/web/build';

  /**
   * Proxies whose X-Forwarded-For is believed for the client address (log-in throttling): comma-separated
   * addresses/CIDRs; unset, none. Believing any proxy would let anyone pick their own address.
   */
  @IsOptional()
  @Matches(/^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*$/, { message: 'must be comma-separated proxy addresses or CIDRs' })
  TRUST_PROXY?: string = undefined;
}

export class InvalidEnvironmentError extends Error {}

/** Fastify's trustProxy from TRUST_PROXY: the addresses of trusted proxies, or none. */
export function trustedProxies(environment: Environment): false | string[] {
  return environment.TRUST_PROXY ? environment.TRUST_PROXY.split(',') : false;
}

const VARIABLE_NAMES = Object.getOwnPropertyNames(new Environment()).concat([
  'DATABASE_URL',
  'SEED_DEMO',
  'APP_SECRET',
]);

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
