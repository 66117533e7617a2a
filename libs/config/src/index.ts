export * from './app-config';
export * from './app-config.module';
export * from './app-secret';
export * from './environment';
export * from './logging';
