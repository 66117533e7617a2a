import { validateEnvironment } from '@app/config';
import { ProviderSearchService, ProviderSort, SearchStatements } from '@app/directory/testing';
import { Pool } from 'pg';
import { createApp } from '../../apps/api/src/create-app';
import { FromServer, MixSearch, ToServer } from './bench-messages';
import { EmptyRouteModule } from './floor.controller';
import { addRawSqlRoute } from './raw-sql-route';

// The API process of the benchmark: the real application plus the two floors, on 127.0.0.1, driven over IPC by the
// runner (which generates the load from its own process).
const BENCH_SECRET = 'benchmark-secret-that-is-long-enough-for-the-check';

async function main(databaseUrl: string): Promise<void> {
  // The load comes from one address: rate limits would measure themselves.
  const environment = validateEnvironment({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    APP_SECRET: BENCH_SECRET,
    RATE_LIMITS: 'false',
  });
  const app = await createApp(
    { environment, databaseUrl, appSecret: BENCH_SECRET, embeddedDatabase: false },
    { extraModules: [EmptyRouteModule] },
  );
  const statements = new Map<string, SearchStatements>();
  const pool = addRawSqlRoute(app.getHttpAdapter().getInstance(), databaseUrl, statements);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const search = app.get(ProviderSearchService, { strict: false });
  process.on('message', (message: ToServer) => void answer(message, { search, statements, pool }).then(send));
  process.once('disconnect', () => void app.close().then(() => pool.end()));
  send({ type: 'ready', port: Number(new URL(await app.getUrl()).port) });
}

interface Parts {
  search: ProviderSearchService;
  statements: Map<string, SearchStatements>;
  pool: Pool;
}

async function answer(message: ToServer, parts: Parts): Promise<FromServer> {
  switch (message.type) {
    case 'prepare':
      for (const s of message.searches) parts.statements.set(s.id, prepare(parts.search, s));
      return { type: 'prepared' };
    case 'time-database':
      return { type: 'database-times', millis: await timeDatabase(parts, message.ids, message.rounds) };
    case 'memory': {
      // The runner starts this process with --expose-gc for this reading.
      if (message.afterFullCollection) gc!();
      const { rss, heapUsed, external } = process.memoryUsage();
      return { type: 'memory', rss, heapUsed, external };
    }
  }
}

function prepare(search: ProviderSearchService, { filter, sort, first, after }: MixSearch): SearchStatements {
  // The mix is written in the REST vocabulary, which is the service's own.
  return search.prepare(filter, sort as ProviderSort | undefined, { first, after }).statements;
}

// One search at a time, page and count in parallel as the repository runs them: the database's own latency.
async function timeDatabase(
  { statements, pool }: Parts,
  ids: string[],
  rounds: number,
): Promise<Record<string, number[]>> {
  const millis: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const id of ids) {
      const s = statements.get(id)!;
      const started = performance.now();
      await Promise.all([pool.query(s.pageSql, s.pageParams), pool.query(s.countSql, s.countParams)]);
      (millis[id] ??= []).push(performance.now() - started);
    }
  }
  return millis;
}

function send(message: FromServer): void {
  process.send!(message);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error('bench server failed:', error);
  process.exit(1);
});
