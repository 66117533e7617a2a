import { DEMO_PASSWORD } from './demo-accounts';
import { ApiRuntime } from './prepare-runtime';

export function printWelcome(
  url: string,
  runtime: ApiRuntime,
  siteServed: boolean,
  say: (message: string) => void,
): void {
  const base = url.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    'Affirming Care Directory is running.',
    ...(siteServed ? [`  Website:       ${base}/`] : ['  (No web pages: run `npm run build:web` to build them.)']),
    `  Database:      ${runtime.settings.embeddedDatabase ? 'embedded PostgreSQL (data under .data/)' : 'DATABASE_URL'}`,
    `  GraphQL:       ${base}/graphql   (GraphiQL: ${base}/graphiql)`,
    `  OpenAPI docs:  ${base}/api/docs`,
    `  Health:        ${base}/health/ready`,
    `  Try a search:  curl '${base}/api/v1/providers?state=KS&category=gynecology&limit=5'`,
    ...demoAccountLines(runtime, siteServed ? `at ${base}/login` : 'with the GraphQL logIn mutation'),
    '',
  ];
  lines.forEach((line) => say(line));
}

function demoAccountLines(runtime: ApiRuntime, logInWhere: string): string[] {
  if (!runtime.demoAccounts) return [];
  const { accounts, adminSecondFactor } = runtime.demoAccounts;
  return [
    `  Demo accounts (password "${DEMO_PASSWORD}"; log in ${logInWhere}):`,
    ...accounts.map(
      (account) => `    ${account.role.padEnd(10)} ${account.email}${account.note ? ` (${account.note})` : ''}`,
    ),
    '  The demo admin also gives a one-time code: `npm run demo:admin-code` prints the current one, or add this secret',
    `  to an authenticator app: ${adminSecondFactor.secret}`,
    `    ${adminSecondFactor.otpauthUri}`,
  ];
}
