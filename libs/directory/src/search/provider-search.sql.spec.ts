import { buildSearchStatements, SearchStatements } from './provider-search.sql';
import { ProviderSearchCriteria, ProviderSort, ServiceMode, SpecialtyCategory } from './search-criteria';

// The SQL a search runs, for a few searches that between them take every path through the builder. A change to the
// statements shows here as a diff to read (and `npx jest -u` to accept); search-plan.integration-spec checks that
// PostgreSQL still serves every combination from an index.
const LAWRENCE_KS = { zip: '66044', point: { latitude: 38.96, longitude: -95.24 }, radiusMiles: 25 };
const NO_LISTS = { languages: [], attributes: [], insurance: [] };

const SEARCHES: Array<[string, ProviderSearchCriteria]> = [
  [
    'gynecology in Kansas',
    {
      state: 'KS',
      mode: ServiceMode.ANY,
      category: SpecialtyCategory.GYNECOLOGY,
      sort: ProviderSort.RELEVANCE,
      ...NO_LISTS,
    },
  ],
  [
    'in person within 25 miles of a ZIP code, nearest first',
    { mode: ServiceMode.IN_PERSON, near: LAWRENCE_KS, sort: ProviderSort.DISTANCE, ...NO_LISTS },
  ],
  [
    'by telehealth in Missouri, in Spanish, taking Aetna',
    {
      state: 'MO',
      mode: ServiceMode.TELEHEALTH,
      telehealth: true,
      sort: ProviderSort.RELEVANCE,
      ...NO_LISTS,
      languages: ['es'],
      insurance: ['aetna'],
    },
  ],
  [
    'by name, anywhere',
    { mode: ServiceMode.ANY, nameQuery: 'robin ashdown', sort: ProviderSort.RELEVANCE, ...NO_LISTS },
  ],
];

const printed = (statements: SearchStatements) => ({
  page: { sql: statements.pageSql, params: statements.pageParams },
  count: { sql: statements.countSql, params: statements.countParams },
});

describe('buildSearchStatements', () => {
  it.each(SEARCHES)('%s', (_, criteria) => {
    expect(printed(buildSearchStatements(criteria, { limit: 20 }))).toMatchSnapshot();
  });

  it('continues after the last row of a page', () => {
    const [, kansasGynecology] = SEARCHES[0];
    const afterKeys = [-1040, 'ashdown robin', '6b0d2f4e-3f4c-4c39-9d43-5a1d0f6a2b11'];
    expect(printed(buildSearchStatements(kansasGynecology, { limit: 20, afterKeys }))).toMatchSnapshot();
  });
});
