import { InvalidInputError, US_STATES } from '@app/shared';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { SpecialtyEntity } from '../entities/specialty.entity';
import { Vocabularies, VocabularyRepository } from './vocabulary.repository';

export type { Vocabularies } from './vocabulary.repository';

const STATES_BY_NAME = Object.entries(US_STATES)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * The controlled vocabularies, loaded once at start-up: they change only through migrations, and validating
 * every search against them must not cost a query.
 */
@Injectable()
export class VocabularyService implements OnModuleInit {
  private vocabularies!: Vocabularies;
  private specialtiesByKey = new Map<string, SpecialtyEntity>();

  constructor(private readonly repository: VocabularyRepository) {}

  async onModuleInit(): Promise<void> {
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

  /** Accepts a slug (`gynecology`) or a NUCC code (`207VG0400X`, any case). */
  resolveSpecialty(slugOrCode: string, field: string): SpecialtyEntity {
    const specialty = this.specialtiesByKey.get(slugOrCode) ?? this.specialtiesByKey.get(slugOrCode.toUpperCase());
    if (!specialty) throw InvalidInputError.field(field, `unknown specialty "${slugOrCode}"; see /api/v1/specialties`);
    return specialty;
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
