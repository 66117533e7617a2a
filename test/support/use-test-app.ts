import { ListingRecord } from '@app/directory/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { insertListings } from './fixtures';
import { TestDatabase } from './test-database';
import { startTestApp } from './test-app';
import { fail } from './use-test-database';

export interface TestAppHandle {
  app(): NestFastifyApplication;
  database(): TestDatabase;
}

/**
 * Gives the calling spec file its own database (with these listings) and the real app on it (with these environment
 * variables over the test defaults), torn down after.
 */
export function useTestApp(listings: ListingRecord[] = [], environment: Record<string, string> = {}): TestAppHandle {
  let database: TestDatabase | undefined;
  let app: NestFastifyApplication | undefined;

  beforeAll(async () => {
    database = await TestDatabase.create();
    if (listings.length) await insertListings(database, listings);
    app = await startTestApp(database, environment);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  return {
    app: () => app ?? fail('the test app is not started yet'),
    database: () => database ?? fail('the test database is not created yet'),
  };
}
