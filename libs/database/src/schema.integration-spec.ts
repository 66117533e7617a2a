import { dumpSchema } from '@test/support/schema-dump';
import { useTestDatabase } from '@test/support/use-test-database';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'migrations', 'schema.sql');

// `npm run schema:dump` runs this spec with SCHEMA_DUMP=write to rewrite the file instead of comparing.
describe('migrations/schema.sql', () => {
  const handle = useTestDatabase();

  it('is the schema the migrations build', async () => {
    const migrated = await dumpSchema(handle.client());
    if (process.env.SCHEMA_DUMP === 'write') writeFileSync(SCHEMA_FILE, migrated);
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== migrated) {
      throw new Error(
        `migrations/schema.sql is not the schema the migrations build: run \`npm run schema:dump\` and commit the file.\n${firstDifference(committed, migrated)}`,
      );
    }
  });
});

function firstDifference(committed: string, migrated: string): string {
  const [was, is] = [committed.split('\n'), migrated.split('\n')];
  const line = was.findIndex((text, n) => text !== is[n]);
  const at = line === -1 ? was.length : line;
  return `First difference at line ${at + 1}:\n  file:       ${was[at] ?? '(end)'}\n  migrations: ${is[at] ?? '(end)'}`;
}
