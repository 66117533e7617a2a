import { createLogger } from '@app/config';
import Fastify from 'fastify';
import { IN_PROCESS_HEADER, IN_PROCESS_TOKEN } from './in-process-calls';
import { RequestLog } from './request-log';

function loggedServer() {
  const lines: string[] = [];
  const loggerInstance = createLogger(
    { NODE_ENV: 'production', LOG_LEVEL: 'info' },
    { write: (line: string) => void lines.push(line) },
  );
  const fastify = Fastify({ loggerInstance, logController: new RequestLog() });
  fastify.get('/search', () => 'results');
  fastify.get('/health/ready', () => ({ status: 'ok' }));
  return { fastify, lines };
}

describe('RequestLog', () => {
  let server: ReturnType<typeof loggedServer>;

  beforeEach(() => {
    server = loggedServer();
  });

  afterEach(() => server.fastify.close());

  it('writes one line per answered request: method, path without its query, status', async () => {
    await server.fastify.inject('/search?q=private');
    await server.fastify.inject('/nowhere?q=private');

    expect(server.lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ msg: 'request completed', req: { method: 'GET', path: '/search' } }),
      expect.objectContaining({ msg: 'request completed', req: { method: 'GET', path: '/nowhere' } }),
    ]);
    expect(JSON.parse(server.lines[1])).toMatchObject({ res: { statusCode: 404 }, responseTime: expect.any(Number) });
    expect(server.lines.join('')).not.toContain('private');
  });

  it("leaves out health probes and the site's calls to the API inside the process", async () => {
    await server.fastify.inject('/health/ready');
    await server.fastify.inject({ url: '/search', headers: { [IN_PROCESS_HEADER]: IN_PROCESS_TOKEN } });

    expect(server.lines).toEqual([]);
  });
});
