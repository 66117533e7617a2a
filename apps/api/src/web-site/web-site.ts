import type { WebSettings } from '@app/config';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants as zlib } from 'node:zlib';
import type { ServerBuild } from 'react-router';
import { isApiPath } from '../edge/api-paths';
import { type ApiCall, inProcessApi } from './in-process-api';
import { sendWebResponse, toWebRequest } from './web-request';
import { openWebSession, type WebSession } from './web-session';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the web app (the React Router build) on the API's own origin: its hashed assets, and every other path
 * not taken by the API through the site's request handler. Returns false when there is no build to serve.
 */
type SiteSettings = WebSettings & { production: boolean };

export async function mountWebSite(app: NestFastifyApplication, settings: SiteSettings): Promise<boolean> {
  if (!hasWebBuild(settings.buildDir)) return false;
  const buildDirectory = resolve(settings.buildDir);
  const serverBuildFile = serverBuildOf(buildDirectory);
  // React picks its build by NODE_ENV when first loaded, so React Router and the site are loaded only now. The site is
  // a production build; under `npm start` NODE_ENV is unset, and React's development build renders twice as slowly.
  process.env.NODE_ENV ??= 'production';
  // The site's build is CommonJS (react-router.config.mts) and is only known at run time.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createRequestHandler } = require('react-router') as typeof import('react-router');
  const build = require(serverBuildFile) as ServerBuild;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const fastify = app.getHttpAdapter().getInstance();
  const mode = settings.production ? 'production' : 'development';

  await app.register(async (site: FastifyInstance) => {
    await site.register(fastifyHelmet, helmetOptions(settings.production));
    await site.register(fastifyCompress, {
      // Pages are made per request: a fast Brotli level beats a small gain in size.
      brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    });
    await site.register(fastifyStatic, {
      root: join(buildDirectory, 'client'),
      wildcard: false,
      index: false,
      decorateReply: false,
      setHeaders: (response, path) => {
        response.header('cache-control', path.includes(join('client', 'assets')) ? IMMUTABLE : 'public, max-age=3600');
      },
    });
    // Forms post as urlencoded or multipart; the site's actions read the raw body themselves.
    site.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'buffer', bodyLimit: 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
    const handlePage = pageHandler(createRequestHandler(build, mode), inProcessApi(fastify), settings);
    await protectForms(site, settings, handlePage);
    site.all('/*', handlePage);
  });
  return true;
}

type RequestHandler = ReturnType<typeof import('react-router').createRequestHandler>;
type PageHandler = (request: FastifyRequest, reply: FastifyReply, formRefused?: boolean) => Promise<unknown>;

/**
 * Every form post carries the token of @fastify/csrf-protection, checked against a secret in its own `HttpOnly`
 * cookie before the page's action runs. A post without a valid one changes nothing: the page is shown again, as
 * after a GET, with a 403 and a word on what happened (a form left open past a restart, or a forged one).
 */
async function protectForms(site: FastifyInstance, settings: SiteSettings, handlePage: PageHandler): Promise<void> {
  const secure = cookiesAreSecure(settings);
  await site.register(fastifyCookie, { secret: settings.cookieSecret });
  await site.register(fastifyCsrfProtection, {
    cookieKey: 'acd_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure },
    getToken: (request) => formField(request, '_csrf'),
  });
  site.addHook('preHandler', (request, reply, done) => {
    if (request.method !== 'POST' || isApiPath(request.url)) return done();
    site.csrfProtection(request, reply, done);
  });
  site.setErrorHandler(async (error: Error & { code?: string }, request, reply) => {
    if (!error.code?.startsWith('FST_CSRF_')) throw error;
    return handlePage(request, reply, true);
  });
}

/** A field of a urlencoded form post, read from the raw body the site keeps for its actions. */
function formField(request: FastifyRequest, name: string): string | undefined {
  if (!Buffer.isBuffer(request.body)) return undefined;
  if (!String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return undefined;
  return new URLSearchParams(request.body.toString('utf8')).get(name) ?? undefined;
}

function cookiesAreSecure(settings: SiteSettings): boolean {
  return settings.production || (settings.publicUrl?.startsWith('https:') ?? false);
}

/** Every path the API does not take: the site's page for it, with what the pages need from the server. */
function pageHandler(handle: RequestHandler, api: ReturnType<typeof inProcessApi>, settings: SiteSettings) {
  return async (request: FastifyRequest, reply: FastifyReply, formRefused = false) => {
    // The site never answers the API's paths, so an unknown API route stays a JSON 404.
    if (isApiPath(request.url)) return reply.callNotFound();
    const origin = `${request.protocol}://${request.host}`;
    const session = await openWebSession(request, reply, api({ address: request.ip }), {
      secure: cookiesAreSecure(settings),
    });
    const webRequest = toWebRequest(request, origin, formRefused ? 'GET' : undefined);
    const response = await handle(webRequest, {
      api: endingSessionsTheApiEnded(api({ address: request.ip, authorization: session.authorization }), session),
      session,
      csrfToken: () => reply.generateCsrf(),
      formRefused,
      nonce: reply.cspNonce.script,
      quickExitUrl: settings.quickExitUrl,
      accountLinks: settings.accountLinks,
      siteUrl: settings.publicUrl ?? origin,
    });
    if (session.account || formRefused) {
      // A signed-in page is the visitor's alone: never kept by a shared cache, never indexed.
      reply.header('cache-control', 'private, no-store');
      reply.header('x-robots-tag', 'noindex, nofollow');
    } else if (!response.headers.has('cache-control')) {
      // Pages may show what a visitor searched for: no copy is kept on a shared device.
      reply.header('cache-control', 'no-store');
    }
    reply.header('vary', 'Accept-Language');
    return sendWebResponse(reply, response, formRefused ? 403 : response.status);
  };
}

/**
 * A signed-in visitor's call the API answers as unauthenticated means the session behind the cookie is over (logged out
 * everywhere, the account suspended): the cookie goes, and the page asks the visitor to log in again.
 */
function endingSessionsTheApiEnded(callApi: ReturnType<ReturnType<typeof inProcessApi>>, session: WebSession) {
  return async (call: ApiCall) => {
    const answer = await callApi(call);
    if (session.account && isSessionEnded(answer.body)) session.end();
    return answer;
  };
}

function isSessionEnded(body: unknown): boolean {
  const errors = (body as { errors?: Array<{ extensions?: { reason?: string } }> } | null)?.errors;
  return errors?.some((error) => error.extensions?.reason === 'AUTH.UNAUTHENTICATED') ?? false;
}

export function hasWebBuild(buildDir: string): boolean {
  return existsSync(serverBuildOf(resolve(buildDir)));
}

function serverBuildOf(buildDirectory: string): string {
  return join(buildDirectory, 'server', 'index.js');
}

/** Security headers for every page: no inline script without this response's nonce, nothing from elsewhere. */
function helmetOptions(production: boolean) {
  return {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Nothing tells another site where a visitor came from; the site's own form posts keep their Origin (checked).
    referrerPolicy: { policy: 'same-origin' as const },
    frameguard: { action: 'deny' as const },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    permittedCrossDomainPolicies: { permittedPolicies: 'none' as const },
  };
}
