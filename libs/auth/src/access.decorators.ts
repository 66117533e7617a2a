import { SetMetadata } from '@nestjs/common';
import { Role } from './roles';

export const IS_PUBLIC_KEY = 'access:public';
export const ROLES_KEY = 'access:roles';

/** Open to anyone, signed in or not. Every route and resolver must say who may call it; the default is nobody. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only signed-in, active accounts with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in, active account. */
export const SignedIn = () => Roles(Role.ADMIN, Role.THERAPIST, Role.PROVIDER);
