import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { DisplayLanguage } from '../vocabulary/display-language';

/** `?language=` of the vocabulary lists. */
export class VocabularyLanguageQuery {
  /** en (default) or es: the language of the names, in that language's alphabetical order; codes and slugs stay. */
  @IsOptional()
  @IsEnum(DisplayLanguage, { message: 'must be one of en, es' })
  language?: DisplayLanguage;
}

@ArgsType()
export class VocabularyLanguageArgs {
  @Field(() => DisplayLanguage, {
    defaultValue: DisplayLanguage.EN,
    description: 'The language of the names, listed in its alphabetical order; codes and slugs stay the same',
  })
  @IsEnum(DisplayLanguage)
  language!: DisplayLanguage;
}
