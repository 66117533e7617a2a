import { MigrationInterface, QueryRunner } from 'typeorm';

// A name search always names a state. One trigram index over (state, name) makes every such search merge the posting
// list of the whole state (160,000 rows for Illinois at a million listings) with those of the name's trigrams: about
// 25 ms. One partial trigram index per state holds that state's names alone, so the same search reads only them
// (about 5 ms). The states are those the API accepts, as of this migration; a state added later needs its index.
const STATES =
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH
  OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI`.split(/\s+/);

const nameIndex = (state: string) => `search_listing_states_name_${state.toLowerCase()}_idx`;

export class SearchNamesByState1795890060000 implements MigrationInterface {
  name = 'SearchNamesByState1795890060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const state of STATES) {
      await queryRunner.query(
        `CREATE INDEX ${nameIndex(state)} ON search_listing_states USING gin (name_text gin_trgm_ops)
         WHERE state = '${state}'`,
      );
    }
    await queryRunner.query(`DROP INDEX search_listing_states_name_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX search_listing_states_name_idx ON search_listing_states USING gin (state, name_text gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX ${STATES.map(nameIndex).join(', ')}`);
  }
}
