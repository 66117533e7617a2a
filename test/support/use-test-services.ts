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
  /** The same modules started again on the same database, as another process of the app would run them. */
  startAnotherProcess: () => Promise<<T>(type: Type<T>) => T>;
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
  const started: TestingModule[] = [];

  const start = async (url: string): Promise<TestingModule> => {
    const services = await Test.createTestingModule({
      imports: [AppConfigModule.forRoot(testSettings(url, options.environment)), DatabaseModule, ...modules],
    }).compile();
    // Nest's own logger writes to standard output; the rules under test fail on purpose.
    services.useLogger(false);
    started.push(services);
    await services.init();
    return services;
  };
  const getter =
    (services: TestingModule) =>
    <T>(type: Type<T>): T =>
      services.get(type, { strict: false });

  beforeAll(async () => {
    database = await databaseWith(options.listings);
    await start(database.url);
  });

  afterAll(async () => {
    for (const services of started) await services.close();
    await database?.drop();
  });

  return {
    get: (type) => getter(started[0] ?? fail('the services are not started yet'))(type),
    database: () => database ?? fail('the test database is not created yet'),
    startAnotherProcess: async () => getter(await start((database ?? fail('no test database yet')).url)),
  };
}
