import { AccountRegistrationService, MIN_PASSWORD_LENGTH, passwordProblem } from '@app/auth';
import { InvalidEnvironmentError, validateEnvironment } from '@app/config';
import { resolveRuntime, Runtime } from '@app/database';
import { DomainError } from '@app/shared';
import { NestFactory } from '@nestjs/core';
import { isEmail } from 'class-validator';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { promptPassword } from './read-password';
import { UsageError } from './usage-error';

const USAGE = `Usage:
  npm run cli -- migrate
  npm run cli -- create-admin --email <email> [--name <display name>]
      password from ADMIN_PASSWORD, or a prompt (at least ${MIN_PASSWORD_LENGTH} characters, hard to guess)`;

const say = (message: string) => console.log(message);

/** The database `npm start` uses (joined when it runs, else started for the command), migrated. */
const cliRuntime = (): Promise<Runtime> =>
  resolveRuntime(validateEnvironment(), { mayStartEmbedded: true, migrate: true, log: say });

async function migrate(): Promise<void> {
  const runtime = await cliRuntime();
  await runtime.stop();
  say('Migrations are up to date.');
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !isEmail(values.email)) throw new UsageError('--email must be an email address');
  // Read before anything starts, so a wrong password fails fast; the password itself is never printed.
  const password = process.env.ADMIN_PASSWORD ?? (await promptPassword('Password for the new admin: '));
  const displayName = values.name ?? 'Admin';
  const problem = passwordProblem(password, [values.email, displayName]);
  if (problem) throw new UsageError(`the password ${problem}`);
  const runtime = await cliRuntime();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime.settings), {
    logger: ['error', 'warn'],
  });
  try {
    const admin = await app.get(AccountRegistrationService).createAdmin({ email: values.email, password, displayName });
    say(`Created admin ${admin.email} (${admin.id}).`);
  } finally {
    await app.close();
    await runtime.stop();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'migrate') return migrate();
  if (command === 'create-admin') return createAdmin(args);
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
