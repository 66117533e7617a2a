/** Replaces the database name of a PostgreSQL URL. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Test code may only ever touch databases named for it: a guard against pointing the suite at real data. */
export function assertTestDatabase(url: string): void {
  const name = databaseNameOf(url);
  if (!name.endsWith('_test')) {
    throw new Error(`Refusing to use database "${name}" for tests: test database names must end in "_test".`);
  }
}
