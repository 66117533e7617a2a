import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, LogLevel } from './environment';

/** Settings as the rest of the code base sees them, after boot has resolved the database and the secret. */
export interface ResolvedSettings {
  environment: Environment;
  databaseUrl: string;
  appSecret: string;
  embeddedDatabase: boolean;
}

export const SETTINGS_KEY = 'settings';

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

  get logLevel(): LogLevel {
    return this.settings.environment.LOG_LEVEL;
  }
}
