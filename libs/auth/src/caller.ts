import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticationRequiredError } from './errors';
import { Role } from './roles';

/** Who is calling: an active account, checked against the database on this request. */
export interface Caller {
  id: string;
  role: Role;
}

/** A caller as the guard knows them: with the session their access token was issued in. */
export interface SessionCaller extends Caller {
  sessionId: string;
}

const callers = new WeakMap<FastifyRequest, SessionCaller>();

/** The Fastify request behind a REST handler or a GraphQL resolver (Mercurius puts the reply in its context). */
export function requestOf(context: ExecutionContext): FastifyRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ reply: FastifyReply }>().reply.request;
  }
  return context.switchToHttp().getRequest<FastifyRequest>();
}

export function rememberCaller(request: FastifyRequest, caller: SessionCaller): void {
  callers.set(request, caller);
}

/** The signed-in caller; only on handlers guarded by @Roles (the guard has authenticated them). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = callers.get(requestOf(context));
  if (!caller) throw new AuthenticationRequiredError();
  return caller;
});

/** The session the signed-in caller's access token belongs to; only on handlers guarded by @Roles. */
export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const caller = callers.get(requestOf(context));
  if (!caller) throw new AuthenticationRequiredError();
  return caller.sessionId;
});

/** On a @Public handler: the signed-in caller when the request carries a valid token, else null (anonymous). */
export const OptionalCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller | null => callers.get(requestOf(context)) ?? null,
);

/** The caller's network address, for per-address log-in throttling and (approximately) the session list. */
export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => requestOf(context).ip,
);

/** The caller's User-Agent header, from which a session's device label is made; undefined when not sent. */
export const UserAgent = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => requestOf(context).headers['user-agent'],
);
