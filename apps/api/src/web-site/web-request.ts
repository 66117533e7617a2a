import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';

/** The Fastify request as a web `Request`, which is what React Router's handler takes; `method` overrides its own. */
export function toWebRequest(request: FastifyRequest, origin: string, method = request.method): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD' && Buffer.isBuffer(request.body);
  if (!hasBody) headers.delete('content-length');
  return new Request(`${origin}${request.url}`, {
    method,
    headers,
    body: hasBody ? (request.body as Buffer) : undefined,
  });
}

/** Sends a web `Response` through Fastify, so its hooks (compression, security headers) still apply. */
export function sendWebResponse(reply: FastifyReply, response: Response, status = response.status): FastifyReply {
  reply.status(status);
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') reply.header(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
  return reply.send(response.body ? Readable.fromWeb(response.body) : null);
}
