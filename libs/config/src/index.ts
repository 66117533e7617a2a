// What other libraries and the apps may use: the validated settings, how they are read, the secret, the field cipher
// and logging.
export { AppConfig, SETTINGS_KEY } from './app-config';
export type {
  AccountLinkSettings,
  LoginThrottleSettings,
  RateLimitSettings,
  ResolvedSettings,
  SessionLifetime,
  SessionSettings,
  WebSettings,
} from './app-config';
export { AppConfigModule } from './app-config.module';
export { resolveAppSecret } from './app-secret';
export { Environment, InvalidEnvironmentError, trustedProxies, validateEnvironment } from './environment';
export { createLogger } from './logging';
export { FieldCipher, fieldCipherFor } from './secrets/field-cipher';
export { NestPinoLogger } from './nest-pino-logger';
