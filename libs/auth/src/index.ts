export * from './access.decorators';
export * from './auth.module';
export * from './errors';
