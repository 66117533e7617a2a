import { presentError } from '@app/shared';
import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';

/** The one place errors become responses: `{ statusCode, code, message, details? }` over HTTP, extensions in GraphQL. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    const presented = presentError(exception);
    if (host.getType<GqlContextType>() === 'graphql') {
      // Returned, not thrown: the GraphQL layer puts it in `errors` with these extensions.
      return new GraphQLError(presented.message, {
        extensions: { code: presented.category, reason: presented.code, details: presented.details },
      });
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    return reply.status(presented.status).send({
      statusCode: presented.status,
      code: presented.code,
      message: presented.message,
      ...(presented.details ? { details: presented.details } : {}),
    });
  }
}
