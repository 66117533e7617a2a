import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiCall } from './in-process-api';

const SESSION_COOKIE = 'acd_session';
// An access token this close to its end is traded before the page's calls, so none of them fails half-way.
const REFRESH_MARGIN_MS = 30_000;
// Two pages opened at once carry the same refresh token, which works only once: the second is handed the first's pair.
const SHARED_REFRESH_MS = 60_000;

export interface SessionAccount {
  id: string;
  role: 'ADMIN' | 'THERAPIST' | 'PROVIDER';
  displayName: string;
  email: string;
}

/** The API's answer to logIn and refreshSession, as the site keeps it. */
export interface ApiSession {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  refreshTokenExpiresAt: string;
  user: SessionAccount;
}

/** The visitor's session as the site's pages see it: who is signed in, never the tokens themselves. */
export interface WebSession {
  account: SessionAccount | null;
  /** When the session ends unless the visitor comes back before: the page warns ahead of it. */
  endsAt: string | null;
  /** Keeps the tokens a log-in answered, in the cookie, for this request's later calls too. */
  start(session: ApiSession): void;
  end(): void;
  /** `Authorization` for the API calls made for this visitor, while signed in. */
  authorization: () => string | undefined;
}

export interface WebSessionOptions {
  /** Outside plain-HTTP local runs the cookie only travels over HTTPS. */
  secure: boolean;
}

type CallApi = (call: ApiCall) => Promise<{ status: number; body: unknown }>;

const REFRESH = `mutation RefreshSiteSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken refreshToken expiresAt refreshTokenExpiresAt user { id role displayName email }
  }
}`;

const sharedRefreshes = new Map<string, Promise<ApiSession | null>>();

/**
 * The site's session, kept in one signed `HttpOnly` `SameSite=Lax` cookie: the access and refresh tokens reach the
 * browser only there, where no script can read them. An access token near its end is traded before the page runs.
 */
export async function openWebSession(
  request: FastifyRequest,
  reply: FastifyReply,
  callApi: CallApi,
  options: WebSessionOptions,
): Promise<WebSession> {
  let current = readCookie(request, reply);
  if (current && Date.parse(current.expiresAt) - REFRESH_MARGIN_MS < Date.now()) {
    const refreshed = await refreshOnce(current.refreshToken, callApi);
    current = refreshed ?? undefined;
    if (refreshed) writeCookie(reply, refreshed, options);
    else clearCookie(reply, options);
  }
  return {
    get account() {
      return current?.user ?? null;
    },
    get endsAt() {
      return current?.refreshTokenExpiresAt ?? null;
    },
    start(session) {
      current = session;
      writeCookie(reply, session, options);
    },
    end() {
      current = undefined;
      clearCookie(reply, options);
    },
    authorization: () => (current ? `Bearer ${current.accessToken}` : undefined),
  };
}

function readCookie(request: FastifyRequest, reply: FastifyReply): ApiSession | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const { valid, value } = reply.unsignCookie(raw);
  if (!valid || !value) return undefined;
  try {
    const session = JSON.parse(value) as ApiSession;
    return typeof session.accessToken === 'string' && typeof session.user?.role === 'string' ? session : undefined;
  } catch {
    return undefined;
  }
}

function writeCookie(reply: FastifyReply, session: ApiSession, { secure }: WebSessionOptions): void {
  reply.setCookie(SESSION_COOKIE, JSON.stringify(session), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    expires: new Date(session.refreshTokenExpiresAt),
  });
}

function clearCookie(reply: FastifyReply, { secure }: WebSessionOptions): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

function refreshOnce(refreshToken: string, callApi: CallApi): Promise<ApiSession | null> {
  let refreshing = sharedRefreshes.get(refreshToken);
  if (!refreshing) {
    refreshing = refresh(refreshToken, callApi);
    sharedRefreshes.set(refreshToken, refreshing);
    setTimeout(() => sharedRefreshes.delete(refreshToken), SHARED_REFRESH_MS).unref();
  }
  return refreshing;
}

async function refresh(refreshToken: string, callApi: CallApi): Promise<ApiSession | null> {
  const { body } = await callApi({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REFRESH, variables: { refreshToken } }),
  });
  return (body as { data?: { refreshSession?: ApiSession } | null }).data?.refreshSession ?? null;
}
