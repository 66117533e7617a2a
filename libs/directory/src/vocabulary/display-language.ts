import { registerEnumType } from '@nestjs/graphql';
import Negotiator from 'negotiator';

/** The languages the directory's vocabularies are named in (English is the vocabularies' own). */
export enum DisplayLanguage {
  EN = 'en',
  ES = 'es',
}

registerEnumType(DisplayLanguage, {
  name: 'DisplayLanguage',
  description:
    'The language of vocabulary names, in the vocabulary lists and in listings; codes and slugs never change',
});

const DISPLAY_LANGUAGES = Object.values(DisplayLanguage);

/** The language an `Accept-Language` header prefers among ours (`es-MX` is Spanish), else English. */
export function negotiateDisplayLanguage(acceptLanguage: string | undefined): DisplayLanguage {
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage } });
  return (negotiator.language(DISPLAY_LANGUAGES) as DisplayLanguage | undefined) ?? DisplayLanguage.EN;
}
