import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { ListingRecord } from '@app/directory/testing';
import { DynamicModule, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { testSettings } from './test-app';
import { TestDatabase } from './test-database';
import { databaseWith, fail } from './use-test-database';

export interface TestServicesOptions {
  /** Listings in the database before the services start. */
  listings?: ListingRecord[];
  /** Environment variables as a deployment would set them, over the test defaults. */
  environment?: Record<string, string>;
}

/** Plain functions, not methods, so that a spec can take them apart: `const { get, database } = useTestServices()`. */
export interface TestServicesHandle {
  /** A provider of any of the modules, as Nest made it: the real services on the real repositories. */
  get: <T>(type: Type<T>) => T;
  database: () => TestDatabase;
}

/**
 * The service tier: gives the calling spec file its own database and `modules` wired as the app wires them (with
 * the configuration and the connection pool), without HTTP. Services are called directly, as a resolver would.
 */
export function useTestServices(
  modules: Array<Type | DynamicModule>,
  options: TestServicesOptions = {},
): TestServicesHandle {
  let database: TestDatabase | undefined;
  let services: TestingModule | undefined;

  beforeAll(async () => {
    database = await databaseWith(options.listings);
    services = await Test.createTestingModule({
      imports: [AppConfigModule.forRoot(testSettings(database.url, options.environment)), DatabaseModule, ...modules],
    }).compile();
    // Nest's own logger writes to standard output; the rules under test fail on purpose.
    services.useLogger(false);
    await services.init();
  });

  afterAll(async () => {
    await services?.close();
    await database?.drop();
  });

  return {
    get: (type) => (services ?? fail('the services are not started yet')).get(type, { strict: false }),
    database: () => database ?? fail('the test database is not created yet'),
  };
}
