import { DatabaseSignal, DatabaseSignals } from '@app/database';
import { InvalidInputError, US_STATES } from '@app/shared';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { CareAttributeEntity } from '../entities/care-attribute.entity';
import type { LanguageEntity } from '../entities/language.entity';
import { DisplayLanguage } from './display-language';
import {
  LocalizedVocabularies,
  localizeVocabularies,
  VocabularyNames,
  vocabularyNamesOf,
} from './localized-vocabularies';
import { ScopedSpecialty, Vocabularies, VocabularyRepository } from './vocabulary.repository';

export type { ScopedSpecialty, Vocabularies } from './vocabulary.repository';

const STATES_BY_NAME = Object.entries(US_STATES)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * The controlled vocabularies, kept in memory: validating every search against them must not cost a query. Loaded at
 * start-up, and again whenever any process on the database signals a change (a taxonomy import, in any of them).
 */
@Injectable()
export class VocabularyService implements OnModuleInit {
  private readonly logger = new Logger(VocabularyService.name);
  private vocabularies!: Vocabularies;
  private specialtiesByKey = new Map<string, ScopedSpecialty>();
  private localized = new Map<DisplayLanguage, LocalizedVocabularies>();
  private names = new Map<DisplayLanguage, VocabularyNames>();
  private reloads: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: VocabularyRepository,
    private readonly signals: DatabaseSignals,
  ) {}

  /** Listens first: a change committed while the first load runs is then read by a second. */
  async onModuleInit(): Promise<void> {
    await this.signals.on(
      DatabaseSignal.VOCABULARY_CHANGED,
      () => void this.reload().catch((error: Error) => this.failed(error)),
    );
    await this.reload();
  }

  /** Loads the vocabularies again, after any reload already under way: the last one reads the last change. */
  reload(): Promise<void> {
    this.reloads = this.reloads.catch(() => undefined).then(() => this.load());
    return this.reloads;
  }

  private failed(error: Error): void {
    this.logger.error(`Kept the vocabularies as they were: reloading them failed (${error.message})`);
  }

  private async load(): Promise<void> {
    const vocabularies = await this.repository.loadAll();
    this.localized = await this.localize(vocabularies);
    this.names = new Map([...this.localized].map(([language, localized]) => [language, vocabularyNamesOf(localized)]));
    this.vocabularies = vocabularies;
    this.specialtiesByKey = new Map(
      this.vocabularies.specialties.flatMap(
        (s) =>
          [
            [s.slug, s],
            [s.code, s],
          ] as const,
      ),
    );
  }

  all(): Vocabularies {
    return this.vocabularies;
  }

  /** States by name, for pickers; the codes are the UsState enum. */
  states(language = DisplayLanguage.EN): Array<{ code: string; name: string }> {
    return this.in(language).states;
  }

  /** The specialties a listing may choose and search offers: in scope and current. */
  currentSpecialties(language = DisplayLanguage.EN): ScopedSpecialty[] {
    return this.in(language).specialties.filter((s) => !s.retiredOn);
  }

  careAttributes(language = DisplayLanguage.EN): CareAttributeEntity[] {
    return this.in(language).careAttributes;
  }

  languages(language = DisplayLanguage.EN): LanguageEntity[] {
    return this.in(language).languages;
  }

  /**
   * Names for the vocabularies in a listing, in `language`; null for English, the listings' own. A name missing there
   * (an entry added since) keeps the listing's.
   */
  namesIn(language: DisplayLanguage): VocabularyNames | null {
    return language === DisplayLanguage.EN ? null : this.names.get(language)!;
  }

  private in(language: DisplayLanguage): LocalizedVocabularies {
    return this.localized.get(language)!;
  }

  private async localize(english: Vocabularies): Promise<Map<DisplayLanguage, LocalizedVocabularies>> {
    const localized = new Map<DisplayLanguage, LocalizedVocabularies>();
    for (const language of Object.values(DisplayLanguage)) {
      localized.set(
        language,
        language === DisplayLanguage.EN
          ? { ...english, states: STATES_BY_NAME }
          : localizeVocabularies(language, english, STATES_BY_NAME, await this.repository.loadTranslations(language)),
      );
    }
    return localized;
  }

  /**
   * Accepts a slug (`gynecology`) or a NUCC code (`207VG0400X`, any case) in the directory's scope, retired ones
   * included: listings may still have them.
   */
  resolveSpecialty(slugOrCode: string, field: string): ScopedSpecialty {
    const specialty = this.specialtiesByKey.get(slugOrCode) ?? this.specialtiesByKey.get(slugOrCode.toUpperCase());
    if (!specialty) {
      throw InvalidInputError.field(
        field,
        `"${slugOrCode}" is not a specialty the directory lists; see /api/v1/specialties`,
      );
    }
    return specialty;
  }

  /** A retired code stays only on a listing that already had it; nobody may choose it anew. */
  assertChoosableSpecialties(codes: string[], alreadyChosen: string[], field: (index: number) => string): void {
    const problems = codes.flatMap((code, index) => {
      const retiredOn = this.specialtiesByKey.get(code)?.retiredOn;
      if (!retiredOn || alreadyChosen.includes(code)) return [];
      return [{ field: field(index), reason: `${code} left the NUCC taxonomy on ${retiredOn}; choose a current one` }];
    });
    if (problems.length) throw new InvalidInputError(problems);
  }

  assertLanguages(codes: string[], field: string): void {
    this.assertKnown(
      codes,
      this.vocabularies.languages.map((l) => l.code),
      field,
      'language',
      '/api/v1/languages',
    );
  }

  assertCareAttributes(slugs: string[], field: string): void {
    this.assertKnown(
      slugs,
      this.vocabularies.careAttributes.map((a) => a.slug),
      field,
      'care attribute',
      '/api/v1/care-attributes',
    );
  }

  assertInsurancePlans(slugs: string[], field: string): void {
    this.assertKnown(
      slugs,
      this.vocabularies.insurancePlans.map((p) => p.slug),
      field,
      'insurance plan',
      '/api/v1/insurance-plans',
    );
  }

  private assertKnown(values: string[], known: string[], field: string, noun: string, listPath: string): void {
    const unknown = values.filter((value) => !known.includes(value));
    if (unknown.length) {
      throw InvalidInputError.field(
        field,
        `unknown ${noun} ${unknown.map((u) => `"${u}"`).join(', ')}; see ${listPath}`,
      );
    }
  }
}
