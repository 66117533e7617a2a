import { MigrationInterface, QueryRunner } from 'typeorm';

// At a million listings a search must touch as few and as narrow rows as possible:
// - search_listing_states carries every filter of its listing, and its ordered index covers them, so a search by
//   state filters, orders and counts inside one index range (an index-only scan) and joins search_listings only for
//   the documents of the page it returns; a name search by state looks up that state's names alone;
// - the public document (about a kilobyte) is stored out of line, so scanning search_listings reads filter columns
//   only and a document is fetched for the rows on the page alone.

const FILTER_COLUMNS = `categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
  offers_telehealth`;

const LISTING_COLUMNS = `provider_id, document, name_text, sort_name, rank, ${FILTER_COLUMNS}`;

// Copied from the listing onto each of its state rows.
const STATE_COPIES = `name_text, ${FILTER_COLUMNS}`;

const STATE_ROWS = (narrowed: boolean, where: string) => `
    INSERT INTO search_listing_states (state, provider_id, in_person, telehealth_until, rank, sort_name
                                       ${narrowed ? `, ${STATE_COPIES}` : ''})
    SELECT ss.state, ss.provider_id, ss.in_person, ss.telehealth_until, sl.rank, sl.sort_name
           ${narrowed ? `, ${STATE_COPIES.replace(/(\w+)/g, 'sl.$1')}` : ''}
    FROM search_listing_state_source ss JOIN search_listings sl ON sl.provider_id = ss.provider_id
    ${where}`;

const REFRESH_FUNCTION = (narrowed: boolean) => `
  CREATE OR REPLACE FUNCTION refresh_search_listings(ids uuid[]) RETURNS integer
  LANGUAGE plpgsql AS $$
  DECLARE
    published integer;
  BEGIN
    DELETE FROM search_listings WHERE provider_id = ANY (ids);
    INSERT INTO search_listings (${LISTING_COLUMNS})
    SELECT ${LISTING_COLUMNS} FROM search_listing_source WHERE provider_id = ANY (ids);
    GET DIAGNOSTICS published = ROW_COUNT;
    ${STATE_ROWS(narrowed, 'WHERE ss.provider_id = ANY (ids)')};
    RETURN published;
  END $$`;

const REBUILD_FUNCTION = (narrowed: boolean) => `
  CREATE OR REPLACE FUNCTION rebuild_search_listings() RETURNS integer
  LANGUAGE plpgsql AS $$
  DECLARE
    published integer;
  BEGIN
    TRUNCATE search_listings, search_listing_states;
    INSERT INTO search_listings (${LISTING_COLUMNS})
    SELECT ${LISTING_COLUMNS} FROM search_listing_source;
    GET DIAGNOSTICS published = ROW_COUNT;
    ${STATE_ROWS(narrowed, '')};
    RETURN published;
  END $$`;

// rank is included beside the (-rank) key because an index-only scan can only hand out plain columns.
const NEW_INDEXES = [
  `CREATE INDEX search_listing_states_relevance_idx ON search_listing_states (state, (-rank), sort_name, provider_id)
     INCLUDE (rank, in_person, telehealth_until, ${FILTER_COLUMNS})`,
  `CREATE INDEX search_listing_states_name_idx ON search_listing_states USING gin (state, name_text gin_trgm_ops)`,
  // Without a state, the yes/no filters alone would otherwise leave the planner nothing but a full table scan.
  `CREATE INDEX search_listings_flags_idx ON search_listings (accepting_new_patients, offers_telehealth)`,
];

// The read model's other secondary indexes, as CreateSearchReadModel made them: dropped while every row is rewritten
// and built again afterwards, which at a million listings is several times faster than maintaining them row by row.
const KEPT_INDEXES = [
  `CREATE INDEX search_listings_name_trgm_idx ON search_listings USING gin (name_text gin_trgm_ops)`,
  `CREATE INDEX search_listings_relevance_idx ON search_listings ((-rank), sort_name, provider_id)`,
  `CREATE INDEX search_listings_sort_name_idx ON search_listings (sort_name, provider_id)`,
  `CREATE INDEX search_listings_filters_idx ON search_listings
     USING gin (categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs)`,
  `CREATE INDEX search_listing_states_provider_idx ON search_listing_states (provider_id)`,
];

const PLAIN_STATE_RELEVANCE_INDEX = `CREATE INDEX search_listing_states_relevance_idx
  ON search_listing_states (state, (-rank), sort_name, provider_id)`;

const indexName = (definition: string) => /CREATE INDEX (\w+)/.exec(definition)![1];

export class NarrowSearchReadModel1795888000000 implements MigrationInterface {
  name = 'NarrowSearchReadModel1795888000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE search_listing_states
        ADD COLUMN name_text text NOT NULL DEFAULT '',
        ADD COLUMN categories text[] NOT NULL DEFAULT '{}',
        ADD COLUMN specialty_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN language_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN attribute_slugs text[] NOT NULL DEFAULT '{}',
        ADD COLUMN insurance_slugs text[] NOT NULL DEFAULT '{}',
        ADD COLUMN accepting_new_patients boolean NOT NULL DEFAULT true,
        ADD COLUMN offers_telehealth boolean NOT NULL DEFAULT false`);
    // Out of line and uncompressed: a page of documents is read without decompressing, and never during a scan.
    await queryRunner.query(`ALTER TABLE search_listings ALTER COLUMN document SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE search_listings SET (toast_tuple_target = 256)`);
    await queryRunner.query(REFRESH_FUNCTION(true));
    await queryRunner.query(REBUILD_FUNCTION(true));
    const replaced = ['search_listing_states_relevance_idx', ...KEPT_INDEXES.map(indexName)];
    await queryRunner.query(`DROP INDEX ${replaced.join(', ')}`);
    // Rewrites every row: the new columns get their values and the documents move out of line.
    await queryRunner.query(`SELECT rebuild_search_listings()`);
    for (const definition of [...KEPT_INDEXES, ...NEW_INDEXES]) await queryRunner.query(definition);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REFRESH_FUNCTION(false));
    await queryRunner.query(REBUILD_FUNCTION(false));
    await queryRunner.query(`DROP INDEX ${NEW_INDEXES.map(indexName).join(', ')}`);
    await queryRunner.query(PLAIN_STATE_RELEVANCE_INDEX);
    await queryRunner.query(`ALTER TABLE search_listings RESET (toast_tuple_target)`);
    await queryRunner.query(`ALTER TABLE search_listings ALTER COLUMN document SET STORAGE EXTENDED`);
    await queryRunner.query(`
      ALTER TABLE search_listing_states
        DROP COLUMN name_text, DROP COLUMN categories, DROP COLUMN specialty_codes, DROP COLUMN language_codes,
        DROP COLUMN attribute_slugs, DROP COLUMN insurance_slugs, DROP COLUMN accepting_new_patients,
        DROP COLUMN offers_telehealth`);
    await queryRunner.query(`SELECT rebuild_search_listings()`);
  }
}
