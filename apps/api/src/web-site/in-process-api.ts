import type { FastifyInstance } from 'fastify';
import { IN_PROCESS_HEADER, IN_PROCESS_TOKEN } from '../edge/in-process-calls';

export interface ApiCall {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** On whose behalf the site calls: the API throttles and audits by the visitor's address, never the site's own. */
export interface Visitor {
  address: string;
  /** The signed-in visitor's `Authorization`, read at each call: a log-in half-way through a request counts. */
  authorization?: () => string | undefined;
}

/**
 * The site's way to the API when both run in one process: each call goes through the whole HTTP stack (routes,
 * guards, validation, error mapping) in memory, exactly as a request over the network would, without the socket.
 */
export function inProcessApi(fastify: FastifyInstance) {
  return (visitor: Visitor) =>
    async ({ method, path, headers, body }: ApiCall): Promise<{ status: number; body: unknown }> => {
      const authorization = visitor.authorization?.();
      const response = await fastify.inject({
        method,
        url: path,
        remoteAddress: visitor.address,
        headers: { ...headers, ...(authorization ? { authorization } : {}), [IN_PROCESS_HEADER]: IN_PROCESS_TOKEN },
        payload: body,
      });
      const isJson = (response.headers['content-type'] ?? '').toString().includes('json');
      return { status: response.statusCode, body: isJson ? response.json() : response.body };
    };
}
