import type { ScopedSpecialty, Vocabularies } from './vocabulary.repository';
import { DisplayLanguage } from './display-language';
import { localizeVocabularies } from './localized-vocabularies';

const specialty = (code: string, name: string, category: string) =>
  ({ code, name, slug: code.toLowerCase(), category }) as unknown as ScopedSpecialty;

const ENGLISH = {
  specialties: [
    specialty('207VG0400X', 'Gynecology Physician', 'gynecology'),
    specialty('176B00000X', 'Midwife', 'gynecology'),
    specialty('207Q00000X', 'Family Medicine Physician', 'primary-care'),
  ],
  careAttributes: [
    { slug: 'trauma-informed', name: 'Trauma-informed', description: 'Explains first.', baseline: true },
    { slug: 'sliding-scale', name: 'Sliding-scale fees', description: 'By income.', baseline: false },
    { slug: 'prep-pep', name: 'PrEP and PEP', description: 'HIV prophylaxis.', baseline: false },
  ],
  languages: [
    { code: 'ht', name: 'Haitian Creole' },
    { code: 'es', name: 'Spanish' },
    { code: 'am', name: 'Amharic' },
  ],
  insurancePlans: [],
} as unknown as Vocabularies;
const STATES = [
  { code: 'KS', name: 'Kansas' },
  { code: 'NC', name: 'North Carolina' },
  { code: 'NY', name: 'New York' },
];
const SPANISH = {
  careAttributes: new Map([
    ['trauma-informed', { name: 'Atención informada en trauma', description: 'Explica antes.' }],
    ['sliding-scale', { name: 'Tarifas según ingresos', description: 'Según ingresos.' }],
  ]),
  specialties: new Map([
    ['207VG0400X', 'Especialista en ginecología'],
    ['176B00000X', 'Profesional de partería'],
  ]),
  states: new Map([
    ['KS', 'Kansas'],
    ['NC', 'Carolina del Norte'],
    ['NY', 'Nueva York'],
  ]),
};

describe('localizeVocabularies', () => {
  const spanish = localizeVocabularies(DisplayLanguage.ES, ENGLISH, STATES, SPANISH);

  it('names each entry in the language, sorted in its order, and keeps codes, slugs and categories', () => {
    expect(spanish.states).toEqual([
      { code: 'NC', name: 'Carolina del Norte' },
      { code: 'KS', name: 'Kansas' },
      { code: 'NY', name: 'Nueva York' },
    ]);
    expect(spanish.specialties.map((s) => [s.code, s.name, s.category])).toEqual([
      ['207VG0400X', 'Especialista en ginecología', 'gynecology'],
      ['176B00000X', 'Profesional de partería', 'gynecology'],
      ['207Q00000X', 'Family Medicine Physician', 'primary-care'],
    ]);
  });

  it('keeps the baseline care attributes first, with their descriptions in the language', () => {
    expect(spanish.careAttributes).toEqual([
      { slug: 'trauma-informed', name: 'Atención informada en trauma', description: 'Explica antes.', baseline: true },
      { slug: 'prep-pep', name: 'PrEP and PEP', description: 'HIV prophylaxis.', baseline: false },
      { slug: 'sliding-scale', name: 'Tarifas según ingresos', description: 'Según ingresos.', baseline: false },
    ]);
  });

  it('names languages from Unicode data, each starting with a capital as a list of choices does', () => {
    expect(spanish.languages).toEqual([
      { code: 'am', name: 'Amárico' },
      { code: 'ht', name: 'Criollo haitiano' },
      { code: 'es', name: 'Español' },
    ]);
  });

  it('leaves the English vocabularies as they were', () => {
    expect(ENGLISH.careAttributes[0].name).toBe('Trauma-informed');
    expect(STATES[1].name).toBe('North Carolina');
  });
});
