import { ResolvedSettings, validateEnvironment } from '@app/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, CreateAppOptions } from '../../apps/api/src/create-app';
import { TestDatabase } from './test-database';

export const TEST_APP_SECRET = 'test-secret-that-is-long-enough-for-the-check';

/** `overrides`: environment variables as a deployment would set them, over the test defaults. */
export function testSettings(databaseUrl: string, overrides: Record<string, string> = {}): ResolvedSettings {
  return {
    environment: validateEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      APP_SECRET: TEST_APP_SECRET,
      // supertest connects over loopback; tests pick client addresses with X-Forwarded-For.
      TRUST_PROXY: '127.0.0.0/8,::1',
      // Specs send hundreds of requests from one address; the limits have a spec of their own.
      RATE_LIMITS: 'false',
      ...overrides,
    }),
    databaseUrl,
    appSecret: TEST_APP_SECRET,
    embeddedDatabase: false,
  };
}

/** The real application (same modules, pipes, filters) on a test database, ready for supertest. */
export async function startTestApp(
  database: TestDatabase,
  overrides: Record<string, string> = {},
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const app = await createApp(testSettings(database.url, overrides), options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
