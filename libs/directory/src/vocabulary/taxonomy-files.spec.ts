import { ErrorCategory } from '@app/shared';
import { parseDirectoryScope, parseTaxonomyRelease } from './taxonomy-files';

const RELEASE_HEADER = 'Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section';
const release = (...lines: string[]) => ({ name: 'release.csv', content: [RELEASE_HEADER, ...lines].join('\n') });
const scope = (...lines: string[]) => ({ name: 'scope.csv', content: ['code,category,slug', ...lines].join('\n') });
const problemsOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    expect(error).toMatchObject({ category: ErrorCategory.BAD_USER_INPUT });
    return (error as { details: unknown }).details;
  }
  throw new Error('parsed without a problem');
};

describe('parseTaxonomyRelease', () => {
  it('finds the columns by name, in any order, trimming values and keeping empty ones as null', () => {
    const content = [
      '\uFEFFSection,Display Name,Code,Definition,Specialization,Classification,Grouping',
      'Individual,Gynecology Physician ,207VG0400X,"A physician who, at least, treats.",Gynecology,Obstetrics & Gynecology,Physicians',
      'Individual,Midwife,176B00000X,,,Midwife,Nursing',
    ].join('\r\n');
    expect(parseTaxonomyRelease({ name: 'new.csv', content })).toEqual([
      {
        code: '207VG0400X',
        name: 'Gynecology Physician',
        grouping: 'Physicians',
        classification: 'Obstetrics & Gynecology',
        specialization: 'Gynecology',
        definition: 'A physician who, at least, treats.',
      },
      {
        code: '176B00000X',
        name: 'Midwife',
        grouping: 'Nursing',
        classification: 'Midwife',
        specialization: null,
        definition: null,
      },
    ]);
  });

  it('names every required column the file lacks', () => {
    const content = 'Code,Grouping,Classification,Definition,Notes,Section\n207VG0400X,G,C,,,Individual';
    expect(problemsOf(() => parseTaxonomyRelease({ name: 'new.csv', content }))).toEqual([
      { field: 'new.csv', reason: 'has no "Display Name", "Specialization" column' },
    ]);
  });

  it('refuses bad codes, missing names and repeated codes, naming the rows', () => {
    expect(
      problemsOf(() =>
        parseTaxonomyRelease(
          release(
            '207vg0400x,G,C,,,,Lower case,Individual',
            '207VG0400X,G,C,,,,,Individual',
            '176B00000X,G,C,,,,Midwife,Individual',
            '176B00000X,G,C,,,,Midwife again,Individual',
            '207R00000X,,C,,,,No grouping,Individual',
          ),
        ),
      ),
    ).toEqual([
      { field: 'release.csv row 1', reason: 'code "207vg0400x" is not a taxonomy code' },
      { field: 'release.csv row 2', reason: 'has no Display Name' },
      { field: 'release.csv row 5', reason: 'lacks its grouping' },
      { field: 'release.csv row 4', reason: 'repeats the code "176B00000X"' },
    ]);
  });

  it('refuses a file that is not CSV, naming it', () => {
    expect(problemsOf(() => parseTaxonomyRelease(release('207VG0400X,"G"C,,,,Name,Individual')))).toEqual([
      { field: 'release.csv', reason: expect.stringContaining('is not CSV: Invalid Closing Quote') },
    ]);
  });

  it('refuses a file without codes', () => {
    expect(problemsOf(() => parseTaxonomyRelease(release()))).toEqual([
      { field: 'release.csv', reason: 'has no codes' },
    ]);
  });
});

describe('parseDirectoryScope', () => {
  it('reads code, category and slug, skipping comment lines', () => {
    const content = '# why these codes\ncode,category,slug\n# gynecology\n207VG0400X,gynecology,gynecology\n';
    expect(parseDirectoryScope({ name: 'scope.csv', content })).toEqual([
      { code: '207VG0400X', category: 'gynecology', slug: 'gynecology' },
    ]);
  });

  it('refuses unknown categories, slugs that are not lowercase-kebab and repeated codes or slugs', () => {
    expect(
      problemsOf(() =>
        parseDirectoryScope(
          scope(
            '207VG0400X,dermatology,gynecology',
            '207Q00000X,primary-care,Family_Medicine',
            '207VG0400X,gynecology,gyn',
            '207R00000X,primary-care,gyn',
          ),
        ),
      ),
    ).toEqual([
      { field: 'scope.csv row 1', reason: 'category must be gynecology or primary-care' },
      { field: 'scope.csv row 2', reason: 'slug "Family_Medicine" is not lowercase-kebab' },
      { field: 'scope.csv row 3', reason: 'repeats the code "207VG0400X"' },
      { field: 'scope.csv row 4', reason: 'repeats the slug "gyn"' },
    ]);
  });

  it('names a missing column', () => {
    expect(problemsOf(() => parseDirectoryScope({ name: 'scope.csv', content: 'code,slug\n207R00000X,im' }))).toEqual([
      { field: 'scope.csv', reason: 'has no "category" column' },
    ]);
  });
});
