import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { Environment, LogLevel } from './environment';

/** Settings as the rest of the code base sees them, after boot has resolved the database and the secret. */
export interface ResolvedSettings {
  environment: Environment;
  databaseUrl: string;
  appSecret: string;
  embeddedDatabase: boolean;
}

export const SETTINGS_KEY = 'settings';

export interface LoginThrottleSettings {
  maxFailuresPerEmailAndAddress: number;
  lockoutMinutes: number;
  failureDelayMs: number;
}

/** How long a session lasts unused (idle) and at most (max), in minutes. */
export interface SessionLifetime {
  idleMinutes: number;
  maxMinutes: number;
}

export interface SessionSettings {
  standard: SessionLifetime;
  admin: SessionLifetime;
}

export interface ReferralSettings {
  expiryDays: number;
  urgentExpiryDays: number;
  signalThreshold: number;
  signalWindowDays: number;
}

export interface MailSettings {
  /** Unset: mail is written to `folder` instead of sent. */
  smtpUrl: string | undefined;
  from: string;
  folder: string;
  publicUrl: string;
}

/** How long the links in account mail work. */
export interface AccountLinkSettings {
  emailConfirmationHours: number;
  passwordResetMinutes: number;
}

export interface RateLimitSettings {
  enabled: boolean;
  strictPerMinute: number;
  perMinute: number;
  redisUrl: string | undefined;
}

export interface WebSettings {
  quickExitUrl: string;
  buildDir: string;
  /** Absolute base of canonical links and the sitemap; the request's own origin when PUBLIC_URL is unset. */
  publicUrl: string | undefined;
  /** Signs the site's session cookie: derived from APP_SECRET, so one secret stays the only one to keep. */
  cookieSecret: string;
  /** How long the links in account mail work: the pages that send them say so. */
  accountLinks: AccountLinkSettings;
}

export interface WorkerSettings {
  inApi: boolean;
  pollMs: number;
  maxAttempts: number;
}

/** Typed, read-only view of the configuration; the only way code reads settings. */
@Injectable()
export class AppConfig {
  private readonly settings: ResolvedSettings;

  constructor(config: ConfigService) {
    this.settings = config.getOrThrow<ResolvedSettings>(SETTINGS_KEY);
  }

  get nodeEnv(): Environment['NODE_ENV'] {
    return this.settings.environment.NODE_ENV;
  }

  get port(): number {
    return this.settings.environment.PORT;
  }

  get host(): string {
    return this.settings.environment.HOST;
  }

  get databaseUrl(): string {
    return this.settings.databaseUrl;
  }

  get databasePoolSize(): number {
    return this.settings.environment.DB_POOL_SIZE;
  }

  get embeddedDatabase(): boolean {
    return this.settings.embeddedDatabase;
  }

  get appSecret(): string {
    return this.settings.appSecret;
  }

  get apiDocs(): boolean {
    return this.settings.environment.API_DOCS;
  }

  get logLevel(): LogLevel {
    return this.settings.environment.LOG_LEVEL;
  }

  get accessTokenTtlMinutes(): number {
    return this.settings.environment.ACCESS_TOKEN_TTL_MINUTES;
  }

  get loginThrottle(): LoginThrottleSettings {
    const environment = this.settings.environment;
    return {
      maxFailuresPerEmailAndAddress: environment.LOGIN_MAX_FAILURES_PER_EMAIL_AND_ADDRESS,
      lockoutMinutes: environment.LOGIN_LOCKOUT_MINUTES,
      failureDelayMs: environment.LOGIN_FAILURE_DELAY_MS,
    };
  }

  get sessions(): SessionSettings {
    const environment = this.settings.environment;
    return {
      standard: {
        idleMinutes: environment.SESSION_IDLE_HOURS * 60,
        maxMinutes: environment.SESSION_MAX_DAYS * 24 * 60,
      },
      admin: {
        idleMinutes: environment.ADMIN_SESSION_IDLE_MINUTES,
        maxMinutes: environment.ADMIN_SESSION_MAX_HOURS * 60,
      },
    };
  }

  get listingClaimDays(): number {
    return this.settings.environment.LISTING_CLAIM_DAYS;
  }

  get referrals(): ReferralSettings {
    const environment = this.settings.environment;
    return {
      expiryDays: environment.REFERRAL_EXPIRY_DAYS,
      urgentExpiryDays: environment.REFERRAL_URGENT_EXPIRY_DAYS,
      signalThreshold: environment.REFERRAL_SIGNAL_THRESHOLD,
      signalWindowDays: environment.REFERRAL_SIGNAL_WINDOW_DAYS,
    };
  }

  /** Raw key list (`id:base64,…`, first = current) or undefined: the referrals library derives one from the secret. */
  get dataEncryptionKeys(): string | undefined {
    return this.settings.environment.DATA_ENCRYPTION_KEYS;
  }

  get mail(): MailSettings {
    const environment = this.settings.environment;
    return {
      smtpUrl: environment.SMTP_URL,
      from: environment.MAIL_FROM,
      folder: join(environment.DATA_DIR, 'mail'),
      publicUrl: (environment.PUBLIC_URL ?? `http://localhost:${environment.PORT}`).replace(/\/+$/, ''),
    };
  }

  get accountLinks(): AccountLinkSettings {
    const environment = this.settings.environment;
    return {
      emailConfirmationHours: environment.EMAIL_CONFIRMATION_HOURS,
      passwordResetMinutes: environment.PASSWORD_RESET_MINUTES,
    };
  }

  get worker(): WorkerSettings {
    const environment = this.settings.environment;
    return {
      inApi: environment.WORKER_IN_API ?? this.settings.embeddedDatabase,
      pollMs: environment.WORKER_POLL_MS,
      maxAttempts: environment.OUTBOX_MAX_ATTEMPTS,
    };
  }

  get web(): WebSettings {
    const environment = this.settings.environment;
    return {
      quickExitUrl: environment.QUICK_EXIT_URL,
      buildDir: environment.WEB_BUILD_DIR,
      publicUrl: environment.PUBLIC_URL?.replace(/\/+$/, ''),
      cookieSecret: createHmac('sha256', this.settings.appSecret).update('web-session-cookie').digest('base64url'),
      accountLinks: this.accountLinks,
    };
  }

  get rateLimits(): RateLimitSettings {
    const environment = this.settings.environment;
    return {
      enabled: environment.RATE_LIMITS,
      strictPerMinute: environment.RATE_LIMIT_STRICT_PER_MINUTE,
      perMinute: environment.RATE_LIMIT_PER_MINUTE,
      redisUrl: environment.REDIS_URL,
    };
  }
}
