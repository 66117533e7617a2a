import { ListingRecord } from '@app/directory/testing';
import { Client } from 'pg';
import { insertListings } from './fixtures';
import { TestDatabase } from './test-database';

export interface TestDatabaseHandle {
  client(): Client;
  database(): TestDatabase;
}

/** Gives the calling spec file its own database (with these listings) and a client on it, torn down after. */
export function useTestDatabase(listings: ListingRecord[] = []): TestDatabaseHandle {
  let database: TestDatabase | undefined;
  let client: Client | undefined;

  beforeAll(async () => {
    database = await databaseWith(listings);
    client = await database.client();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  return {
    client: () => client ?? fail('the test database is not created yet'),
    database: () => database ?? fail('the test database is not created yet'),
  };
}

/** A database of its own, cloned from the migrated template, with these listings in it. */
export async function databaseWith(listings: ListingRecord[] = []): Promise<TestDatabase> {
  const database = await TestDatabase.create();
  if (listings.length) await insertListings(database, listings);
  return database;
}

export function fail(message: string): never {
  throw new Error(message);
}
