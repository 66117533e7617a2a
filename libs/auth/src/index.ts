export * from './access.decorators';
export * from './account-registration.service';
export * from './auth.module';
export * from './caller';
export * from './errors';
export * from './password-hasher';
export * from './roles';
