import { US_STATES } from '@app/shared';
import { useTestServices } from '@test/support/use-test-services';
import { DirectoryModule } from '../directory.module';
import { DisplayLanguage } from './display-language';
import { VocabularyRepository } from './vocabulary.repository';
import { VocabularyService } from './vocabulary.service';

describe('The vocabularies in Spanish, as migrated', () => {
  const { get } = useTestServices([DirectoryModule]);
  const vocabulary = () => get(VocabularyService);

  it('names every care attribute, in-scope specialty and state', async () => {
    const spanish = await get(VocabularyRepository).loadTranslations(DisplayLanguage.ES);

    expect(
      vocabulary()
        .careAttributes()
        .map((a) => a.slug)
        .filter((slug) => !spanish.careAttributes.has(slug)),
    ).toEqual([]);
    expect(
      vocabulary()
        .currentSpecialties()
        .map((s) => s.code)
        .filter((code) => !spanish.specialties.has(code)),
    ).toEqual([]);
    expect(Object.keys(US_STATES).filter((code) => !spanish.states.has(code))).toEqual([]);
  });

  it('answers each list in the language asked, the same entries in each', () => {
    const { EN, ES } = DisplayLanguage;
    const trauma = (language: DisplayLanguage) =>
      vocabulary()
        .careAttributes(language)
        .find((a) => a.slug === 'trauma-informed');

    expect(trauma(ES)).toMatchObject({ name: 'Atención informada en trauma', baseline: true });
    expect(trauma(EN)).toMatchObject({ name: 'Trauma-informed', baseline: true });
    expect(
      vocabulary()
        .states(ES)
        .find((s) => s.code === 'NC')?.name,
    ).toBe('Carolina del Norte');
    expect(
      vocabulary()
        .languages(ES)
        .find((l) => l.code === 'es')?.name,
    ).toBe('Español');
    expect(
      vocabulary()
        .currentSpecialties(ES)
        .find((s) => s.slug === 'gynecology')?.name,
    ).toBe('Especialista en ginecología');
    for (const list of ['careAttributes', 'languages', 'states', 'currentSpecialties'] as const) {
      const codes = (language: DisplayLanguage) =>
        vocabulary()
          [list](language)
          .map((entry) => ('slug' in entry ? entry.slug : entry.code))
          .sort();
      expect(codes(ES)).toEqual(codes(EN));
    }
  });
});
