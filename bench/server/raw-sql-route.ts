import { buildDataSourceOptions } from '@app/database';
// The bench runs the statements the service builds; they are not part of the library's public API.
import type { SearchStatements } from '@app/directory/testing';
import type { FastifyInstance } from 'fastify';
import { Pool, PoolConfig } from 'pg';

/**
 * The database floor: a bare Fastify route that runs a search's prepared statements on a plain `pg` pool (the same
 * size and session settings as the app's) and returns the rows, with no framework, validation or mapping.
 */
export function addRawSqlRoute(
  fastify: FastifyInstance,
  databaseUrl: string,
  statements: Map<string, SearchStatements>,
): Pool {
  const sessionSettings = buildDataSourceOptions({ url: databaseUrl }).extra as PoolConfig;
  const pool = new Pool({ ...sessionSettings, connectionString: databaseUrl });
  fastify.get<{ Params: { id: string } }>('/bench/sql/:id', async (request, reply) => {
    const search = statements.get(request.params.id);
    if (!search) return reply.code(404).send({ missing: request.params.id });
    const [page, count] = await Promise.all([
      pool.query(search.pageSql, search.pageParams),
      pool.query<{ total: number }>(search.countSql, search.countParams),
    ]);
    return { data: page.rows, totalCount: count.rows[0].total };
  });
  return pool;
}
