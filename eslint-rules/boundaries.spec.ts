import { ESLint, Linter, RuleTester } from 'eslint';
import { join } from 'node:path';
import { parser } from 'typescript-eslint';
import { REPOSITORY_ROOT } from './architecture';
import boundaries from './index';

const at = (file: string) => join(REPOSITORY_ROOT, file);
const tester = new RuleTester({ languageOptions: { parser } });

const foreign = (user: string, table: string, owner: string) => ({
  messageId: 'foreignTable',
  data: { user, table, owner },
});

describe('boundaries/no-foreign-table-write', () => {
  tester.run('no-foreign-table-write', boundaries.rules['no-foreign-table-write'], {
    valid: [
      { filename: at('libs/directory/src/x.repository.ts'), code: "q('UPDATE providers SET reverify_on = now()')" },
      {
        filename: at('libs/referrals/src/x.repository.ts'),
        code: 'q(`INSERT INTO listing_referral_flags (a) VALUES ($1)`)',
      },
      // Reads, locks, upserts of one's own table and prose are not writes to another library's table.
      {
        filename: at('libs/referrals/src/x.repository.ts'),
        code: "q('SELECT id FROM providers FOR UPDATE SKIP LOCKED')",
      },
      { filename: at('libs/auth/src/x.ts'), code: "const m = 'Please update providers of your insurance'" },
      { filename: at('libs/directory/src/x.ts'), code: 'q(`COPY ${table} (id) FROM STDIN`)' },
      // Tests, the benchmark and migrations arrange and measure rows directly.
      { filename: at('test/e2e/x.e2e-spec.ts'), code: "sql('UPDATE referrals SET expires_at = now()')" },
      { filename: at('libs/referrals/src/x.integration-spec.ts'), code: "q('INSERT INTO accounts (id) VALUES ($1)')" },
      { filename: at('bench/x.ts'), code: "q('TRUNCATE providers')" },
      { filename: at('migrations/1-X.ts'), code: "q('INSERT INTO specialties (code) VALUES ($1)')" },
      { filename: at('libs/directory/src/x.ts'), code: 'manager.insert(ProviderEntity, listing)' },
    ],
    invalid: [
      {
        filename: at('libs/referrals/src/feedback/x.repository.ts'),
        code: "q('UPDATE provider_care_attributes pa SET evidence = $2 WHERE pa.provider_id = $1')",
        errors: [foreign('libs/referrals', 'provider_care_attributes', 'directory')],
      },
      {
        filename: at('libs/referrals/src/x.ts'),
        code: "q('SELECT refresh_search_listings(ARRAY[$1]::uuid[])')",
        errors: [foreign('libs/referrals', 'search_listings', 'directory')],
      },
      {
        filename: at('libs/vetting/src/x.ts'),
        code: 'q(`DELETE FROM ONLY public.licenses WHERE provider_id = ${id}`)',
        errors: [foreign('libs/vetting', 'licenses', 'directory')],
      },
      {
        filename: at('libs/directory/src/x.ts'),
        code: "q('TRUNCATE search_listings, notification_outbox')",
        errors: [foreign('libs/directory', 'notification_outbox', 'notifications')],
      },
      {
        filename: at('libs/directory/src/x.ts'),
        code: "q('COPY accounts (id, email) FROM STDIN')",
        errors: [foreign('libs/directory', 'accounts', 'auth')],
      },
      {
        filename: at('apps/api/src/bootstrap/x.ts'),
        code: "client.query('INSERT INTO accounts (email) VALUES ($1)')",
        errors: [foreign('apps/api', 'accounts', 'auth')],
      },
      {
        filename: at('libs/vetting/src/x.ts'),
        code: 'manager.update(ProviderEntity, { id }, { status })',
        errors: [foreign('libs/vetting', 'providers', 'directory')],
      },
      {
        filename: at('libs/referrals/src/x.ts'),
        code: 'manager.createQueryBuilder().insert().into(AccountEntity).values(account).execute()',
        errors: [foreign('libs/referrals', 'accounts', 'auth')],
      },
      {
        filename: at('libs/referrals/src/x.ts'),
        code: 'dataSource.getRepository(ListingRevisionEntity).save(revision)',
        errors: [foreign('libs/referrals', 'listing_revisions', 'directory')],
      },
    ],
  });
});

describe('boundaries/no-foreign-table-read', () => {
  tester.run('no-foreign-table-read', boundaries.rules['no-foreign-table-read'], {
    valid: [
      {
        filename: at('libs/directory/src/x.repository.ts'),
        code: "q('SELECT id FROM providers WHERE owner_account_id = $1')",
      },
      {
        filename: at('libs/referrals/src/x.repository.ts'),
        code: "q('SELECT r.id FROM referrals r, unnest($1::uuid[]) AS v(id) WHERE r.provider_id = v.id')",
      },
      { filename: at('libs/referrals/src/x.ts'), code: "const m = 'A referral from providers you trust'" },
      {
        filename: at('libs/referrals/src/x.repository.ts'),
        code: "q('SELECT extract(epoch FROM r.responded_at) FROM referrals r')",
      },
      { filename: at('test/e2e/x.e2e-spec.ts'), code: "sql('SELECT reverify_on FROM providers WHERE id = $1')" },
    ],
    invalid: [
      {
        filename: at('libs/vetting/src/review-queue.repository.ts'),
        code: 'q(`SELECT p.id FROM providers p LEFT JOIN listing_revisions r ON r.provider_id = p.id WHERE ${open}`)',
        errors: [
          foreign('libs/vetting', 'providers', 'directory'),
          foreign('libs/vetting', 'listing_revisions', 'directory'),
        ],
      },
      {
        filename: at('libs/referrals/src/notifications/outbox.repository.ts'),
        code: "q('UPDATE notification_outbox o SET attempts = 1 FROM due, accounts a WHERE a.id = o.recipient_account_id')",
        errors: [foreign('libs/referrals', 'accounts', 'auth')],
      },
      {
        filename: at('apps/api/src/x.ts'),
        code: "client.query('SELECT email FROM accounts WHERE email = ANY ($1)')",
        errors: [foreign('apps/api', 'accounts', 'auth')],
      },
    ],
  });
});

describe('boundaries/no-relative-escape', () => {
  tester.run('no-relative-escape', boundaries.rules['no-relative-escape'], {
    valid: [
      { filename: at('libs/directory/src/listing/x.ts'), code: "import { y } from '../entities/provider.entity';" },
      { filename: at('libs/database/src/x.ts'), code: "import { ALL_MIGRATIONS } from '../../../migrations';" },
      { filename: at('libs/auth/src/x.integration-spec.ts'), code: "import { y } from '../../../test/support/y';" },
      { filename: at('test/support/x.ts'), code: "import { createApp } from '../../apps/api/src/create-app';" },
      { filename: at('bench/server/x.ts'), code: "import { createApp } from '../../apps/api/src/create-app';" },
      { filename: at('apps/web/app/routes/x.tsx'), code: "import { y } from '../components/y';" },
    ],
    invalid: [
      {
        filename: at('libs/database/src/migrations.integration-spec.ts'),
        code: "import { isValidNpi } from '../../directory/src/npi';",
        errors: [{ messageId: 'leavesUnit', data: { from: 'libs/database', target: 'libs/directory/src/npi' } }],
      },
      {
        filename: at('apps/cli/src/cli-runtime.ts'),
        code: "export { prepareRuntime } from '../../api/src/bootstrap/prepare-runtime';",
        errors: [
          { messageId: 'leavesUnit', data: { from: 'apps/cli', target: 'apps/api/src/bootstrap/prepare-runtime' } },
        ],
      },
      {
        filename: at('libs/auth/src/x.ts'),
        code: "const test = import('../../../test/support/accounts');",
        errors: [{ messageId: 'leavesUnit' }],
      },
      {
        filename: at('test/support/test-server.ts'),
        code: "import { runMigrations } from '../../libs/database/src/migrate';",
        errors: [{ messageId: 'intoLibrary', data: { target: 'libs/database/src/migrate' } }],
      },
    ],
  });
});

describe('boundaries/sql-in-repositories', () => {
  tester.run('sql-in-repositories', boundaries.rules['sql-in-repositories'], {
    valid: [
      { filename: at('libs/auth/src/account.repository.ts'), code: "manager.query('SELECT 1 FROM accounts')" },
      { filename: at('libs/directory/src/search/provider-search.sql.ts'), code: 'const q = `SELECT document FROM x`' },
      {
        filename: at('libs/directory/src/bulk/x.repository.ts'),
        code: 'client.query(copyFrom(`COPY ${t} FROM STDIN`))',
      },
      { filename: at('libs/database/src/runtime-database.ts'), code: 'client.query(`CREATE DATABASE ${name}`)' },
      { filename: at('libs/vetting/src/x.service.ts'), code: 'this.dataSource.transaction((m) => work(m))' },
      { filename: at('libs/vetting/src/x.service.ts'), code: "const m = 'Select a state'; items.find(isOpen);" },
      { filename: at('test/e2e/x.e2e-spec.ts'), code: "sql(database, 'SELECT * FROM referrals')" },
      { filename: at('libs/auth/src/x.integration-spec.ts'), code: "client.query('DELETE FROM accounts')" },
    ],
    invalid: [
      {
        filename: at('libs/referrals/src/referral-journal.ts'),
        code: "manager.query('INSERT INTO referral_events (referral_id) VALUES ($1)', [id])",
        errors: [{ messageId: 'query', data: { method: 'query' } }, { messageId: 'sql' }],
      },
      {
        filename: at('libs/directory/src/vocabulary/vocabulary.service.ts'),
        code: 'this.dataSource.getRepository(SpecialtyEntity).find()',
        errors: [{ messageId: 'query', data: { method: 'getRepository' } }],
      },
      {
        filename: at('libs/directory/src/listing/x.log.ts'),
        code: 'manager.find(ListingAuditEventEntity, { where: { providerId } })',
        errors: [{ messageId: 'query', data: { method: 'find' } }],
      },
      {
        filename: at('apps/api/src/bootstrap/x.ts'),
        code: 'const statement = `\n  SELECT email FROM accounts WHERE email = ANY ($1)`;',
        errors: [{ messageId: 'sql' }],
      },
    ],
  });
});

describe('the lint configuration on the boundaries', () => {
  // The whole eslint.config.js (handed over as data: jest cannot run the dynamic import ESLint loads it with),
  // without type information (these rules need none) and with only the rules at stake.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the configuration is a CommonJS module.
  const config = require(join(REPOSITORY_ROOT, 'eslint.config.js')) as Linter.Config[];
  const eslint = new ESLint({
    cwd: REPOSITORY_ROOT,
    overrideConfigFile: true,
    overrideConfig: [...config, { languageOptions: { parserOptions: { projectService: false } } }],
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId.startsWith('boundaries/'),
  });
  const problems = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.map((message) => message.ruleId);
  };

  it.each([
    ['a cross-library relative import', 'libs/referrals/src/x.ts', "import { y } from '../../directory/src/y';"],
    ['a test reaching into a library', 'test/support/x.ts', "import { y } from '../../libs/database/src/y';"],
  ])('refuses %s', async (_, file, code) => {
    expect(await problems(file, code)).toEqual(['boundaries/no-relative-escape']);
  });

  it.each([
    ['the directory importing vetting', 'libs/directory/src/x.ts', "import { VettingModule } from '@app/vetting';"],
    ['the database importing the directory', 'libs/database/src/x.integration-spec.ts', "import '@app/directory';"],
    ['shared importing config', 'libs/shared/src/x.ts', "import { AppConfig } from '@app/config';"],
    ['vetting importing referrals', 'libs/vetting/src/x.ts', "import { ReferralsModule } from '@app/referrals';"],
    ['referrals importing vetting', 'libs/referrals/src/x.ts', "import { VettingModule } from '@app/vetting';"],
    ['a library importing itself', 'libs/auth/src/x.ts', "import { Role } from '@app/auth';"],
    ['a path into a library', 'apps/api/src/x.ts', "import { isValidNpi } from '@app/directory/src/npi';"],
    [
      'a testing entry point in app code',
      'apps/api/src/x.ts',
      "import { loadListings } from '@app/directory/testing';",
    ],
    ['a testing entry point in library code', 'libs/referrals/src/x.ts', "export * from '@app/auth/testing';"],
    ['a migration importing the code base', 'migrations/1-X.ts', "import { Role } from '@app/auth';"],
  ])('refuses %s', async (_, file, code) => {
    expect(await problems(file, code)).toEqual(['no-restricted-imports']);
  });

  it('refuses a read of another library’s table', async () => {
    const code = "q('SELECT display_name FROM accounts WHERE id = $1');";
    expect(await problems('libs/referrals/src/x.repository.ts', code)).toEqual(['boundaries/no-foreign-table-read']);
  });

  it('refuses a write to another library’s table', async () => {
    const code = "q('UPDATE providers SET status = $2 WHERE id = $1');";
    expect(await problems('libs/vetting/src/x.repository.ts', code)).toEqual(['boundaries/no-foreign-table-write']);
  });

  it('refuses SQL outside a repository', async () => {
    const code = "manager.query('SELECT 1 FROM referrals WHERE id = $1', [id]);";
    expect(await problems('libs/referrals/src/x.service.ts', code)).toEqual([
      'boundaries/sql-in-repositories',
      'boundaries/sql-in-repositories',
    ]);
  });

  it.each([
    [
      'a library importing one to its left',
      'libs/referrals/src/x.ts',
      "import { ListingLookup } from '@app/directory';",
    ],
    ['an app importing any library', 'apps/worker/src/x.ts', "import { BackgroundWorker } from '@app/referrals';"],
    ['a spec using a testing entry point', 'libs/referrals/src/x.integration-spec.ts', "import '@app/auth/testing';"],
    ['test support using one', 'test/support/x.ts', "import { loadListings } from '@app/directory/testing';"],
    ['the benchmark using one', 'bench/x.ts', "import { syntheticListing } from '@app/directory/testing';"],
    [
      'the owner writing its table in a repository',
      'libs/directory/src/x.repository.ts',
      "q('UPDATE providers SET status = $2 WHERE id = $1');",
    ],
    ['a test arranging rows', 'test/e2e/x.e2e-spec.ts', "sql('UPDATE providers SET reverify_on = now()');"],
  ])('allows %s', async (_, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
