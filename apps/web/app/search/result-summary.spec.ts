import type { Vocabularies } from '../api/directory-api.server';
import type { ProviderSearchPage, SearchHit } from '../api/rest-types';
import { summarize } from './result-summary';
import { vocabularyNames } from './vocabulary-names';

const SPANISH = {
  usStates: [],
  insurancePlans: [],
  languages: [{ code: 'es', name: 'Español' }],
  specialties: [
    { code: '207VG0400X', slug: 'gynecology', name: 'Especialista en ginecología', category: 'GYNECOLOGY' },
  ],
  careAttributes: [{ slug: 'trauma-informed', name: 'Atención informada en trauma', baseline: true }],
} as unknown as Vocabularies;

const hit = {
  id: 'b3c1f2e4-0000-4000-8000-000000000001',
  displayName: 'Sam Rivera, MD',
  pronouns: 'they/them',
  servesVia: ['IN_PERSON'],
  distanceMiles: null,
  acceptingNewPatients: true,
  specialties: [
    { code: '207VG0400X', slug: 'gynecology', name: 'Gynecology Physician', primary: true },
    { code: '207VX0000X', slug: 'obstetrics', name: 'Obstetrics Physician', primary: false },
  ],
  careAttributes: [
    { slug: 'trauma-informed', name: 'Trauma-informed', evidence: 'ADMIN_VERIFIED', evidencedOn: '2026-04-23' },
    { slug: 'kink-affirming', name: 'Kink-aware', evidence: 'SELF_ATTESTED', evidencedOn: '2026-05-01' },
  ],
  locations: [
    { city: 'Lawrence', state: 'KS' },
    { city: 'Kansas City', state: 'MO' },
    { city: 'Lawrence', state: 'KS' },
    { city: 'Kansas City', state: 'KS' },
  ],
} as unknown as SearchHit;

const page: ProviderSearchPage = {
  data: [hit],
  totalCount: 1,
  totalCountIsExact: true,
  pageInfo: { hasNextPage: false, endCursor: null },
};

describe('summarize', () => {
  it('names specialties and care attributes from the visitor’s vocabularies, keeping the evidence', () => {
    const [result] = summarize(page, vocabularyNames(SPANISH), null).results;

    expect(result.specialtyNames).toEqual(['Especialista en ginecología', 'Obstetrics Physician']);
    expect(result.careAttributes).toEqual([
      {
        slug: 'trauma-informed',
        name: 'Atención informada en trauma',
        evidence: 'ADMIN_VERIFIED',
        evidencedOn: '2026-04-23',
      },
      { slug: 'kink-affirming', name: 'Kink-aware', evidence: 'SELF_ATTESTED', evidencedOn: '2026-05-01' },
    ]);
  });

  it('names each town with an office once: in the state searched, or with its state when none was', () => {
    expect(summarize(page, vocabularyNames(SPANISH), 'KS').results[0].officePlaces).toEqual([
      'Lawrence',
      'Kansas City',
    ]);
    expect(summarize(page, vocabularyNames(SPANISH), null).results[0].officePlaces).toEqual([
      'Lawrence, KS',
      'Kansas City, MO',
      'Kansas City, KS',
    ]);
  });

  it('makes the lookups once per vocabularies', () => {
    expect(vocabularyNames(SPANISH)).toBe(vocabularyNames(SPANISH));
  });
});
