// What other libraries and the apps may use: the validated settings and how they are read.
export { AppConfig, SETTINGS_KEY } from './app-config';
export type { LoginThrottleSettings, RateLimitSettings, ResolvedSettings, WebSettings } from './app-config';
export { AppConfigModule } from './app-config.module';
export { resolveAppSecret } from './app-secret';
export { Environment, InvalidEnvironmentError, trustedProxies, validateEnvironment } from './environment';
export { loggingParams, QuietStartupLogger } from './logging';
