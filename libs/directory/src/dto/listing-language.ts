import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IsEnum } from 'class-validator';
import { DisplayLanguage, negotiateDisplayLanguage } from '../vocabulary/display-language';

/** The GraphQL argument naming a listing's vocabularies, on `provider` and `providers`. */
export function ListingLanguageArg(): PropertyDecorator {
  return applyDecorators(
    Field(() => DisplayLanguage, {
      defaultValue: DisplayLanguage.EN,
      description:
        'The language of the vocabulary names in listings (specialties, care attributes, languages spoken); codes, ' +
        'slugs and insurance plans stay the same',
    }),
    IsEnum(DisplayLanguage),
  );
}

/**
 * The language a REST listing document is named in, from `Accept-Language`: over REST, `?language=` already filters
 * by a language spoken. The answer says which it chose, and that it depends on the header.
 */
export const NegotiatedLanguage = createParamDecorator((_: unknown, context: ExecutionContext): DisplayLanguage => {
  const http = context.switchToHttp();
  const language = negotiateDisplayLanguage(http.getRequest<FastifyRequest>().headers['accept-language']);
  const reply = http.getResponse<FastifyReply>();
  const vary = reply.getHeader('vary');
  reply
    .header('content-language', language)
    .header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language');
  return language;
});
