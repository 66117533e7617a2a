import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { IS_PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { Authenticator } from './authenticator';
import { rememberCaller, requestOf } from './caller';
import { AuthenticationRequiredError, ForbiddenError } from './errors';
import { Role } from './roles';

type Declaration = { public: true } | { roles: Role[] };

/**
 * Default-deny: a handler runs only when it (or, failing that, its class) declares who may call it: @Public(), or
 * @Roles(...) for signed-in active accounts with one of those roles. Undeclared handlers refuse everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.declarationOf(context.getHandler()) ?? this.declarationOf(context.getClass());
    const request = requestOf(context);
    if (declaration && 'public' in declaration) {
      await this.identifyIfSignedIn(request);
      return true;
    }
    const caller = await this.authenticator.authenticate(request);
    if (!declaration?.roles.includes(caller.role)) throw new ForbiddenError();
    rememberCaller(request, caller);
    return true;
  }

  // A public handler serves everyone, but some of what it returns is for certain roles alone: a valid token names the
  // caller, and a missing, stale or invalid one leaves them anonymous rather than refused.
  private async identifyIfSignedIn(request: FastifyRequest): Promise<void> {
    if (!request.headers.authorization) return;
    try {
      rememberCaller(request, await this.authenticator.authenticate(request));
    } catch (error) {
      if (!(error instanceof AuthenticationRequiredError)) throw error;
    }
  }

  // The handler's own declaration wins over its class's, whichever kind each is.
  private declarationOf(target: Parameters<Reflector['get']>[1]): Declaration | undefined {
    if (this.reflector.get<boolean>(IS_PUBLIC_KEY, target)) return { public: true };
    const roles = this.reflector.get<Role[] | undefined>(ROLES_KEY, target);
    return roles ? { roles } : undefined;
  }
}
