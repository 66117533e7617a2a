import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { useTestApp } from '@test/support/use-test-app';

const LIMITS = { RATE_LIMITS: 'true', RATE_LIMIT_STRICT_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '5' };
const LOG_IN = 'mutation { logIn(email: "nobody@example.test", password: "not the password 1") { accessToken } }';

// Each test sends from addresses of its own (the app believes X-Forwarded-For from loopback), so counts never mix.
async function reachable(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    connectTimeout: 500,
    maxRetriesPerRequest: 0,
    lazyConnect: true,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const address = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

describe('Rate limits per address', () => {
  const { app, startAnother } = useTestApp({ environment: LIMITS });

  const search = (from: string) => request(app().getHttpServer()).get('/api/v1/providers').set('X-Forwarded-For', from);
  const logIn = (target: NestFastifyApplication, from: string) =>
    request(target.getHttpServer()).post('/graphql').set('X-Forwarded-For', from).send({ query: LOG_IN });

  it('answers searches over the limit with 429, Retry-After and RATE_LIMITED, for that address only', async () => {
    const from = address();
    for (let n = 0; n < 5; n += 1) await search(from).expect(200);

    const refused = await search(from).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    await search(address()).expect(200);
  });

  it('holds log-ins to the strict limit, in GraphQL’s own answer shape', async () => {
    const from = address();
    for (let n = 0; n < 3; n += 1) expect((await logIn(app(), from)).status).not.toBe(429);

    const refused = await logIn(app(), from);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
  });

  it('holds the site’s log-in form to the same strict limit, counted for the visitor’s address', async () => {
    const from = address();
    const server = app().getHttpServer();
    const form = await request(server).get('/login').set('X-Forwarded-For', from).expect(200);
    const csrfToken = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
    const cookie = form.headers['set-cookie'] as unknown as string[];
    const post = () =>
      request(server)
        .post('/login')
        .set('X-Forwarded-For', from)
        .set('Cookie', cookie)
        .type('form')
        .send({ _csrf: csrfToken, email: 'nobody@example.test', password: 'not the password 1' });
    for (let n = 0; n < 3; n += 1) expect((await post()).status).toBe(401);

    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('We could not log you in.');
    expect((await logIn(app(), address())).status).not.toBe(429);
  });

  it('keeps health checks out of the count', async () => {
    const from = address();
    for (let n = 0; n < 8; n += 1) {
      await request(app().getHttpServer()).get('/health/live').set('X-Forwarded-For', from).expect(200);
    }
  });

  describe('with REDIS_URL', () => {
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    let redisReachable = false;
    let first: NestFastifyApplication | undefined;
    let second: NestFastifyApplication | undefined;

    beforeAll(async () => {
      redisReachable = await reachable(redisUrl);
      if (!redisReachable) return;
      first = await startAnother({ REDIS_URL: redisUrl });
      second = await startAnother({ REDIS_URL: redisUrl });
    });

    it('counts across API processes', async () => {
      if (!first || !second) {
        // CI starts Redis (.ci/run); on a machine without one this part is skipped, loudly.
        console.warn(
          `!!! No Redis at ${redisUrl}: the shared rate-limit counters are NOT tested (set TEST_REDIS_URL).`,
        );
        return;
      }
      const from = address();
      const [one, two] = [first, second];
      for (let n = 0; n < 3; n += 1) expect((await logIn(n % 2 ? one : two, from)).status).not.toBe(429);

      expect((await logIn(one, from)).status).toBe(429);
      expect((await logIn(two, from)).status).toBe(429);
      // Five refused log-ins, each hashed and slowed on purpose: longer than jest's default on a busy machine.
    }, 30_000);
  });
});
