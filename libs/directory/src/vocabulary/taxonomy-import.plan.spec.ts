import { ErrorCategory } from '@app/shared';
import { SpecialtyCategory } from '../search/search-criteria';
import { TaxonomyCode } from './taxonomy-files';
import { KnownSpecialty, planTaxonomyImport, TaxonomyImportInput } from './taxonomy-import.plan';

const code = (value: string, name = `Name of ${value}`): TaxonomyCode => ({
  code: value,
  name,
  grouping: 'Physicians',
  classification: 'Classification',
  specialization: null,
  definition: null,
});
const known = (value: string, overrides: Partial<KnownSpecialty> = {}): KnownSpecialty => ({
  ...code(value),
  slug: null,
  category: null,
  retiredOn: null,
  ...overrides,
});
const GYNECOLOGY = { category: SpecialtyCategory.GYNECOLOGY, slug: 'gynecology' };
const plan = (input: Partial<TaxonomyImportInput>) =>
  planTaxonomyImport({ known: [], release: [], scope: null, inUse: [], ...input });

describe('planTaxonomyImport', () => {
  it('adds new codes, updates changed ones, retires the missing and restores the returning', () => {
    const result = plan({
      known: [
        known('207VG0400X', GYNECOLOGY),
        known('207R00000X'),
        known('176B00000X', { retiredOn: '2025-01-01' }),
        known('101Y00000X'),
      ],
      release: [code('207VG0400X', 'Gynecologist'), code('207R00000X'), code('176B00000X'), code('207VX0000X')],
    });
    expect(result).toEqual({
      added: [code('207VX0000X')],
      updated: [code('207VG0400X', 'Gynecologist')],
      retired: [known('101Y00000X')],
      restored: [code('176B00000X')],
      scope: [],
    });
  });

  it('sees a change in any described field, and none when only the scope differs', () => {
    const before = known('207VG0400X', GYNECOLOGY);
    for (const field of ['grouping', 'classification', 'specialization', 'definition'] as const) {
      const changed = { ...code('207VG0400X'), [field]: 'new' };
      expect(plan({ known: [before], release: [changed] }).updated).toEqual([changed]);
    }
    expect(plan({ known: [before], release: [code('207VG0400X')] }).updated).toEqual([]);
  });

  it('does not retire a code twice', () => {
    expect(plan({ known: [known('101Y00000X', { retiredOn: '2025-01-01' })] }).retired).toEqual([]);
  });

  it('without a scope file changes no scope', () => {
    const result = plan({ known: [known('207VG0400X', GYNECOLOGY)], release: [code('207VX0000X')] });
    expect(result.scope).toEqual([]);
  });

  it('with a scope file brings codes in, moves them between categories and takes the unlisted out', () => {
    const result = plan({
      known: [
        known('207VG0400X', GYNECOLOGY),
        known('207R00000X', { category: SpecialtyCategory.GYNECOLOGY, slug: 'internal-medicine' }),
        known('208D00000X', { category: SpecialtyCategory.PRIMARY_CARE, slug: 'general-practice' }),
      ],
      release: [code('207VG0400X'), code('207R00000X'), code('208D00000X'), code('207VX0000X')],
      scope: [
        { code: '207VG0400X', ...GYNECOLOGY },
        { code: '207R00000X', category: SpecialtyCategory.PRIMARY_CARE, slug: 'internal-medicine' },
        { code: '207VX0000X', category: SpecialtyCategory.GYNECOLOGY, slug: 'obstetrics' },
      ],
    });
    expect(result.scope).toEqual([
      { code: '207R00000X', category: SpecialtyCategory.PRIMARY_CARE, slug: 'internal-medicine' },
      { code: '207VX0000X', category: SpecialtyCategory.GYNECOLOGY, slug: 'obstetrics' },
      { code: '208D00000X', category: null, slug: 'general-practice' },
    ]);
  });

  it('keeps a retired code in scope while the scope file lists it', () => {
    const retired = known('176B00000X', { category: SpecialtyCategory.GYNECOLOGY, slug: 'midwife' });
    const result = plan({
      known: [retired],
      scope: [{ code: '176B00000X', category: SpecialtyCategory.GYNECOLOGY, slug: 'midwife' }],
      inUse: ['176B00000X'],
    });
    expect(result).toMatchObject({ retired: [retired], scope: [] });
  });

  it.each<[string, Partial<TaxonomyImportInput>, string]>([
    [
      'a code nobody knows',
      { scope: [{ code: '999900000X', ...GYNECOLOGY }] },
      '999900000X is in neither the release nor the directory',
    ],
    [
      'a new slug for a published one',
      {
        known: [known('207VG0400X', GYNECOLOGY)],
        scope: [{ code: '207VG0400X', category: SpecialtyCategory.GYNECOLOGY, slug: 'gyn' }],
      },
      '207VG0400X keeps its published slug "gynecology"',
    ],
    [
      'a slug another code has, even out of scope',
      {
        known: [known('207VG0400X', { slug: 'gynecology' }), known('207VX0000X')],
        scope: [{ code: '207VX0000X', ...GYNECOLOGY }],
      },
      'the slug "gynecology" of 207VX0000X already belongs to 207VG0400X',
    ],
    [
      'leaving out a code listings use',
      { known: [known('207VG0400X', GYNECOLOGY)], scope: [], inUse: ['207VG0400X'] },
      'leaves out 207VG0400X (Name of 207VG0400X), which listings use',
    ],
  ])('refuses a scope file with %s', (_, input, reason) => {
    expect(() => plan(input)).toThrow(
      expect.objectContaining({ category: ErrorCategory.BAD_USER_INPUT, details: [{ field: '--scope', reason }] }),
    );
  });
});
