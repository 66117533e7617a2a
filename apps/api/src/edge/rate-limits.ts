import type { RateLimitSettings } from '@app/config';
import fastifyRateLimit, { type errorResponseBuilderContext } from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import Redis from 'ioredis';
import { isInProcessCall } from './in-process-calls';

/**
 * GraphQL fields an attacker would repeat: creating accounts, guessing passwords, codes, tokens or links, flooding
 * providers or mailboxes.
 */
const STRICT_FIELDS = new RegExp(
  `\\b(${[
    'signUp',
    'logIn',
    'refreshSession',
    'startSecondFactorEnrollment',
    'regenerateRecoveryCodes',
    'changePassword',
    'createReferral',
    'confirmEmail',
    'resendEmailConfirmation',
    'requestPasswordReset',
    'resetPassword',
  ].join('|')})\\b`,
);
const WINDOW_MS = 60_000;

/** Thrown when an address is over its limit; both APIs answer it with 429, Retry-After and `RATE_LIMITED`. */
export class RateLimitedError extends Error {
  readonly code = 'RATE_LIMITED';

  constructor(
    readonly statusCode: number,
    retryAfter: string,
  ) {
    super(`Too many requests: try again in ${retryAfter}`);
  }
}

/**
 * Per-address limits with @fastify/rate-limit: a strict one for the GraphQL operations that create accounts, log in,
 * take one-time codes, refresh sessions, follow mailed links, change passwords or send referrals, a generous one for everything else. With REDIS_URL the counters live in Redis
 * and hold across every API process; without it each process counts alone. The site's own calls inside the process
 * are not counted twice (the visitor's page request already was), except the strict ones: they count for the visitor's
 * address, so a log-in form is throttled exactly as the API is.
 */
export async function registerRateLimits(app: NestFastifyApplication, settings: RateLimitSettings): Promise<void> {
  if (!settings.enabled) return;
  const redis = settings.redisUrl ? connectRedis(settings.redisUrl) : undefined;
  if (redis)
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', async () => void (await redis.quit()));
  await app.register(fastifyRateLimit, {
    global: true,
    // After the body is parsed, so a GraphQL request can be told by its operations.
    hook: 'preHandler',
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `${isStrict(request) ? 'strict' : 'any'}:${request.ip}`,
    max: (_request, key) => (key.startsWith('strict:') ? settings.strictPerMinute : settings.perMinute),
    allowList: (request) =>
      (isInProcessCall(request.headers) && !isStrict(request)) || request.url.startsWith('/health'),
    errorResponseBuilder: (_request, context: errorResponseBuilderContext) =>
      new RateLimitedError(context.statusCode, context.after),
    // Counting goes on without Redis while it is down: a limiter that failed closed would take the directory with it.
    ...(redis ? { redis, nameSpace: 'acd-rate-limit:', skipOnError: true } : {}),
  });
}

function isStrict(request: FastifyRequest): boolean {
  if (request.method !== 'POST' || !request.url.startsWith('/graphql')) return false;
  const query = (request.body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && STRICT_FIELDS.test(query);
}

// Each request waits for Redis at most this long before counting goes on without it.
function connectRedis(url: string): Redis {
  return new Redis(url, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false });
}
