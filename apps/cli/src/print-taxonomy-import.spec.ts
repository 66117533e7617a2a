import type { TaxonomyImportPlan } from '@app/directory';
import { printTaxonomyImport } from './print-taxonomy-import';

type Category = TaxonomyImportPlan['scope'][number]['category'];

const NOTHING: TaxonomyImportPlan = { added: [], updated: [], retired: [], restored: [], scope: [] };
const code = (value: string, name: string) => ({
  code: value,
  name,
  grouping: 'G',
  classification: 'C',
  specialization: null,
  definition: null,
});

function printed(plan: TaxonomyImportPlan): string[] {
  const lines: string[] = [];
  printTaxonomyImport(plan, (line) => lines.push(line));
  return lines;
}

describe('printTaxonomyImport', () => {
  it('lists each kind of change with its codes, and only the kinds that happened', () => {
    const lines = printed({
      ...NOTHING,
      added: [code('207VZ0001X', 'Newly Recognised Physician')],
      retired: [{ ...code('176B00000X', 'Midwife'), slug: 'midwife', category: null, retiredOn: null }],
      scope: [
        { code: '363LP1700X', category: 'gynecology' as Category, slug: 'perinatal-nurse-practitioner' },
        { code: '208D00000X', category: null, slug: 'general-practice' },
      ],
    });
    expect(lines).toEqual([
      'Added (out of scope unless the scope file lists them): 1',
      '  207VZ0001X Newly Recognised Physician',
      'Retired (kept; listings that have them keep them): 1',
      '  176B00000X Midwife',
      'Scope: 2',
      '  363LP1700X: gynecology, slug perinatal-nurse-practitioner',
      '  208D00000X: out of scope',
      'The running API and worker serve it now; the site’s lists follow within five minutes.',
    ]);
  });

  it('says so when nothing changed', () => {
    expect(printed(NOTHING)).toEqual(['Nothing changed: the directory already has this release and scope.']);
  });
});
