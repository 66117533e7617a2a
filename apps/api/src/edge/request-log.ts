import { FastifyReply, FastifyRequest, LogController } from 'fastify';
import { isInProcessCall } from './in-process-calls';

/**
 * Fastify's request log as one line per request, written when it is answered: method, path and status, which is all
 * the logger's serializers keep. Fastify's other lines per request go: the answered line says what they say, and its
 * 404 and error lines quote the query string or an error's message, which may carry what a client typed. Not logged:
 * health probes (every few seconds, from the container runtime) and the site's calls to the API inside the process
 * (part of the page's request).
 */
export class RequestLog extends LogController {
  constructor() {
    super({
      disableRequestLogging: (request) => request.url.startsWith('/health/') || isInProcessCall(request.headers),
    });
  }

  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override defaultErrorLog(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const fields = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) };
    if (error) {
      reply.log.error({ ...fields, errorClass: error.constructor.name }, 'request errored');
    } else {
      reply.log.info(fields, 'request completed');
    }
  }
}
