import type { CareAttributeEntity } from '../entities/care-attribute.entity';
import type { LanguageEntity } from '../entities/language.entity';
import type { ScopedSpecialty, Vocabularies, VocabularyTranslations } from './vocabulary.repository';
import { DisplayLanguage } from './display-language';

export interface StateName {
  code: string;
  name: string;
}

/** The vocabularies as a picker in one language shows them: its names, in its alphabetical order. */
export interface LocalizedVocabularies {
  specialties: ScopedSpecialty[];
  careAttributes: CareAttributeEntity[];
  languages: LanguageEntity[];
  states: StateName[];
}

/** A listing's vocabulary names in one language, by specialty code, care attribute slug and language code. */
export interface VocabularyNames {
  specialties: ReadonlyMap<string, string>;
  careAttributes: ReadonlyMap<string, string>;
  languages: ReadonlyMap<string, string>;
}

export function vocabularyNamesOf(vocabularies: LocalizedVocabularies): VocabularyNames {
  return {
    specialties: new Map(vocabularies.specialties.map((s) => [s.code, s.name])),
    careAttributes: new Map(vocabularies.careAttributes.map((a) => [a.slug, a.name])),
    languages: new Map(vocabularies.languages.map((l) => [l.code, l.name])),
  };
}

/**
 * The vocabularies named in `language`. An entry without a name there keeps its English one (a code brought into
 * scope after the last translation, say); language names come from the platform's Unicode data (ICU).
 */
export function localizeVocabularies(
  language: DisplayLanguage,
  english: Vocabularies,
  states: StateName[],
  translations: VocabularyTranslations,
): LocalizedVocabularies {
  const collator = new Intl.Collator(language);
  const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);
  const languageNames = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
  return {
    specialties: english.specialties
      .map((s) => ({ ...s, name: translations.specialties.get(s.code) ?? s.name }))
      .sort((a, b) => a.category.localeCompare(b.category) || byName(a, b)),
    careAttributes: english.careAttributes
      .map((a) => ({ ...a, ...translations.careAttributes.get(a.slug) }))
      .sort((a, b) => Number(b.baseline) - Number(a.baseline) || byName(a, b)),
    languages: english.languages
      .map((l) => ({ ...l, name: capitalized(languageNames.of(l.code), language) ?? l.name }))
      .sort(byName),
    states: states.map((s) => ({ ...s, name: translations.states.get(s.code) ?? s.name })).sort(byName),
  };
}

// Spanish writes language names in lower case ("amárico"); a list of choices starts each with a capital.
function capitalized(name: string | undefined, language: DisplayLanguage): string | undefined {
  return name && name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
