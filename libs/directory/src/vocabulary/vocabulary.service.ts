import { InvalidInputError, US_STATES } from '@app/shared';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopedSpecialty, Vocabularies, VocabularyRepository } from './vocabulary.repository';

export type { ScopedSpecialty, Vocabularies } from './vocabulary.repository';

const STATES_BY_NAME = Object.entries(US_STATES)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * The controlled vocabularies, loaded at start-up and again after an import changes them in this process: validating
 * every search against them must not cost a query. Other processes read a new taxonomy when they restart.
 */
@Injectable()
export class VocabularyService implements OnModuleInit {
  private vocabularies!: Vocabularies;
  private specialtiesByKey = new Map<string, ScopedSpecialty>();

  constructor(private readonly repository: VocabularyRepository) {}

  onModuleInit(): Promise<void> {
    return this.reload();
  }

  async reload(): Promise<void> {
    this.vocabularies = await this.repository.loadAll();
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
  states(): Array<{ code: string; name: string }> {
    return STATES_BY_NAME;
  }

  /** The specialties a listing may choose and search offers: in scope and current. */
  currentSpecialties(): ScopedSpecialty[] {
    return this.vocabularies.specialties.filter((s) => !s.retiredOn);
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
