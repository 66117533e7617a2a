import { registerEnumType } from '@nestjs/graphql';

/** The languages the directory's vocabularies are named in (English is the vocabularies' own). */
export enum DisplayLanguage {
  EN = 'en',
  ES = 'es',
}

registerEnumType(DisplayLanguage, {
  name: 'DisplayLanguage',
  description: 'The language of the names a vocabulary query answers; codes and slugs never change with it',
});
