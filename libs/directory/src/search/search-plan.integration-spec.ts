import { US_STATE_CODES } from '@app/shared';
import { useTestDatabase } from '@test/support/use-test-database';
import { syntheticListings } from '../bulk/synthetic-listings';
import { buildSearchStatements } from './provider-search.sql';
import { ProviderSearchCriteria, ProviderSort, ServiceMode, SpecialtyCategory } from './search-criteria';

// The plan, not the timing: with sequential scans priced out, a sequential scan left in a plan means no index can
// serve that combination, which at a million listings means reading the whole table on every search.
const TABLES_NEVER_SCANNED = [
  'search_listings',
  'search_listing_states',
  'search_listing_locations',
  'providers',
  'practice_locations',
];

const CHICAGO = { zip: '60614', point: { latitude: 41.922, longitude: -87.653 }, radiusMiles: 25 };

type Refinement = Partial<ProviderSearchCriteria>;

// Each filter the API offers on its own, none, and all of them together.
const REFINEMENTS: Array<[string, Refinement]> = [
  ['no other filter', {}],
  ['name', { nameQuery: 'nguyen' }],
  ['category', { category: SpecialtyCategory.GYNECOLOGY }],
  ['specialty', { specialtyCode: '207VG0400X' }],
  ['languages', { languages: ['es', 'fr'] }],
  ['attributes', { attributes: ['lgbtq-affirming', 'prep-pep'] }],
  ['insurance', { insurance: ['aetna', 'medicaid'] }],
  ['accepting new patients', { acceptingNewPatients: true }],
  ['telehealth', { telehealth: true }],
  [
    'every filter',
    {
      nameQuery: 'nguyen',
      category: SpecialtyCategory.GYNECOLOGY,
      specialtyCode: '207VG0400X',
      languages: ['es'],
      attributes: ['prep-pep'],
      insurance: ['aetna'],
      acceptingNewPatients: true,
      telehealth: true,
    },
  ],
];

interface Combination {
  label: string;
  criteria: ProviderSearchCriteria;
}

// Without a state, in person and by telehealth are the same shape of condition (an EXISTS), so one stands for both.
const MODES_BY_STATE = [
  { state: undefined, modes: [ServiceMode.ANY, ServiceMode.TELEHEALTH] },
  { state: 'IL' as const, modes: Object.values(ServiceMode) },
];

function everyCombination(): Combination[] {
  const combinations: Combination[] = [];
  for (const { state, modes } of MODES_BY_STATE) {
    for (const mode of modes) {
      for (const near of [undefined, CHICAGO]) {
        // Name order has the same shape near a ZIP or not, so it is covered once, without one.
        for (const sort of near
          ? [ProviderSort.DISTANCE, ProviderSort.RELEVANCE]
          : [ProviderSort.RELEVANCE, ProviderSort.NAME]) {
          for (const [name, refinement] of REFINEMENTS) {
            const criteria = { state, mode, near, sort, languages: [], attributes: [], insurance: [], ...refinement };
            combinations.push({
              label: `${state ?? 'any state'}, ${mode}, ${near ? 'near' : 'anywhere'}, ${sort}, ${name}`,
              criteria,
            });
          }
        }
      }
    }
  }
  return combinations;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function sequentialScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(sequentialScans)];
}

describe('search plans', () => {
  const handle = useTestDatabase([...syntheticListings({ count: 400, today: new Date().toISOString().slice(0, 10) })]);
  const client = () => handle.client();

  beforeAll(async () => {
    await client().query('ANALYZE');
    await client().query('SET enable_seqscan = off');
    await client().query('SET pg_trgm.word_similarity_threshold = 0.4');
  });

  async function scannedTables(sql: string, params: unknown[]): Promise<string[]> {
    const { rows } = await client().query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    return sequentialScans(rows[0]['QUERY PLAN'][0].Plan).filter((table) => TABLES_NEVER_SCANNED.includes(table));
  }

  it('never scans a listing table sequentially, for any filter combination, first page or by cursor', async () => {
    const offenders: string[] = [];
    for (const { label, criteria } of everyCombination()) {
      const firstPage = buildSearchStatements(criteria, { limit: 20 });
      const byCursor = buildSearchStatements(criteria, { limit: 20, afterKeys: cursorKeys(criteria) });
      const plans = [
        ['page', firstPage.pageSql, firstPage.pageParams],
        ['count', firstPage.countSql, firstPage.countParams],
        ['page by cursor', byCursor.pageSql, byCursor.pageParams],
      ] as const;
      for (const [statement, sql, params] of plans) {
        const scanned = await scannedTables(sql, [...params]);
        if (scanned.length) offenders.push(`${label} (${statement}): ${scanned.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has a name index of its own for every state the API accepts', async () => {
    const { rows } = await client().query<{ state: string }>(
      `SELECT substring(indexdef from 'WHERE \\(state = ''(\\w\\w)''') AS state FROM pg_indexes
       WHERE tablename = 'search_listing_states' AND indexdef LIKE '%gin_trgm_ops%'`,
    );
    expect(rows.map((r) => r.state).sort()).toEqual([...US_STATE_CODES].sort());
  });
});

// Cursor keys in the order each sort defines them (see sortKeysFor): distance or name, or [name match,] rank and name;
// then the id.
function cursorKeys(criteria: ProviderSearchCriteria): Array<string | number> {
  const id = '00000000-0000-4000-8000-000000000000';
  if (criteria.sort === ProviderSort.DISTANCE) return [1000, id];
  if (criteria.sort === ProviderSort.NAME) return ['m', id];
  return [...(criteria.nameQuery ? [-0.5] : []), -1000, 'm', id];
}
