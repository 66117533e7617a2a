import {
  AccountRegistrationService,
  demoSecondFactor,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
  SecondFactorEnrollmentService,
} from '@app/auth';
import { fieldCipherFor, InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { resolveRuntime, Runtime } from '@app/database';
import { RegistryImport, TaxonomyImport } from '@app/directory';
import { DomainError } from '@app/shared';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isEmail } from 'class-validator';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { CliModule } from './cli.module';
import { progressDisplay } from './import-progress';
import { printEnrollment } from './print-enrollment';
import { printImportSummary } from './print-import-summary';
import { printTaxonomyImport } from './print-taxonomy-import';
import { promptPassword } from './read-password';
import { UsageError } from './usage-error';

const USAGE = `Usage:
  npm run cli -- migrate
  npm run cli -- create-admin --email <email> [--name <display name>]
      password from ADMIN_PASSWORD, or a prompt (at least ${MIN_PASSWORD_LENGTH} characters, hard to guess);
      prints the authenticator-app secret the admin confirms at first log-in
  npm run cli -- reset-second-factor --email <email>
      for an admin who lost both the authenticator app and the recovery codes: prints a new secret
  npm run cli -- one-time-code --email <email>
      the account's current code, for the embedded demo only (npm run demo:admin-code)
  npm run cli -- import-taxonomy <release.csv> [--scope <scope.csv>]
      loads a NUCC Health Care Provider Taxonomy release (NUCC's CSV): adds and updates codes, retires the ones it
      leaves out; with --scope (e.g. data/nucc/directory-scope.csv) sets which codes the directory lists, else
      scopes stay as they are and new codes are out of scope
  npm run cli -- import-nppes <file> [--weekly] [--date YYYY-MM-DD]
      loads an NPPES file into the NPI registry: the monthly full file or a weekly one (.zip or .csv), or the
      deactivation list exported as CSV (or a .zip of it); weekly files are known by their name, or by --weekly;
      the data date comes from the file's name (else its modification day), or --date`;

const say = (message: string) => console.log(message);

/** The database `npm start` uses (joined when it runs, else started for the command), migrated. */
const cliRuntime = (): Promise<Runtime> =>
  resolveRuntime(validateEnvironment(), { mayStartEmbedded: true, migrate: true, log: say });

async function migrate(): Promise<void> {
  const runtime = await cliRuntime();
  await runtime.stop();
  say('Migrations are up to date.');
}

function emailOption(email: string | undefined): string {
  if (!email || !isEmail(email)) throw new UsageError('--email must be an email address');
  return email;
}

/** Runs `work` in just enough of the app, on the database `npm start` uses, and stops both after. */
async function withApp(work: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  const runtime = await cliRuntime();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime.settings), {
    logger: ['error', 'warn'],
  });
  try {
    await work(app);
  } finally {
    await app.close();
    await runtime.stop();
  }
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = emailOption(values.email);
  // Read before anything starts, so a wrong password fails fast; the password itself is never printed.
  const password = process.env.ADMIN_PASSWORD ?? (await promptPassword('Password for the new admin: '));
  const displayName = values.name ?? 'Admin';
  const problem = passwordProblem(password, [email, displayName]);
  if (problem) throw new UsageError(`the password ${problem}`);
  await withApp(async (app) => {
    const { account, enrollment } = await app
      .get(AccountRegistrationService)
      .createAdmin({ email, password, displayName });
    say(`Created admin ${account.email} (${account.id}).`);
    await printEnrollment(enrollment, say);
  });
}

async function resetSecondFactor(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
  const email = emailOption(values.email);
  await withApp(async (app) => {
    const enrollment = await app.get(SecondFactorEnrollmentService).reset(email);
    say(`The old authenticator app and recovery codes of ${email} no longer work.`);
    await printEnrollment(enrollment, say);
  });
}

// Printing codes would defeat the second factor anywhere but the demo, whose secrets are printed at start-up anyway.
async function oneTimeCode(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
  const email = emailOption(values.email).toLowerCase();
  const runtime = await cliRuntime();
  const client = new Client({ connectionString: runtime.settings.databaseUrl });
  try {
    if (!runtime.settings.embeddedDatabase) throw new UsageError('one-time-code only works on the embedded demo');
    await client.connect();
    const factor = await demoSecondFactor(
      client,
      email,
      fieldCipherFor(runtime.settings.appSecret, runtime.settings.environment.DATA_ENCRYPTION_KEYS),
    );
    if (!factor) throw new UsageError(`${email} has no authenticator-app secret`);
    say(factor.currentCode);
  } finally {
    await client.end();
    await runtime.stop();
  }
}

async function importTaxonomy(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { scope: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('import-taxonomy takes one release file');
  const release = readCsv(positionals[0]);
  const scope = values.scope === undefined ? null : readCsv(values.scope);
  await withApp(async (app) => printTaxonomyImport(await app.get(TaxonomyImport).load(release, scope), say));
}

function readCsv(path: string): { name: string; content: Buffer } {
  try {
    return { name: path, content: readFileSync(path) };
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function importNppes(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { weekly: { type: 'boolean', default: false }, date: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('import-nppes takes one file');
  await withApp(async (app) => {
    const progress = progressDisplay(say);
    try {
      const summary = await app.get(RegistryImport).importFile(positionals[0], {
        weekly: values.weekly,
        dataDate: values.date,
        onProgress: (current) => progress.update(current),
      });
      progress.stop();
      printImportSummary(summary, say);
    } catch (error) {
      progress.stop();
      throw error;
    }
  });
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'migrate') return migrate();
  if (command === 'create-admin') return createAdmin(args);
  if (command === 'reset-second-factor') return resetSecondFactor(args);
  if (command === 'one-time-code') return oneTimeCode(args);
  if (command === 'import-taxonomy') return importTaxonomy(args);
  if (command === 'import-nppes') return importNppes(args);
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof InvalidEnvironmentError || error instanceof DomainError) console.error(error.message);
    else console.error('Failed:', error);
    process.exit(1);
  },
);
