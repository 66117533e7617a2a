import { MigrationInterface, QueryRunner } from 'typeorm';

// ZIP searches read the locations of published listings only, each stored as the point it is on the earth:
// - nearest-first walks the GiST index in distance order, with no join to tell published from unpublished listings;
// - a point computed once at publication spares `ll_to_earth` (and the checks of its earth type) on every row read;
// - one_of_several marks the locations of a provider that has more than one, the only ones for which "is this its
//   nearest location?" must be asked;
// - cell is the half-degree square the location lies in. The GiST index orders by distance but is slow to count a
//   crowded radius (and the planner cannot estimate how crowded it is); the cells covering a radius are a plain list
//   of integers that a btree counts from, index-only, with real statistics.
// The table follows search_listings through statement triggers, so every way of publishing (the refresh of one
// listing, the rebuild of all, the bulk loader) keeps it current in the same transaction.

const CELL_FUNCTIONS = [
  `CREATE FUNCTION search_cell(latitude float8, longitude float8) RETURNS integer
   LANGUAGE sql IMMUTABLE PARALLEL SAFE
   RETURN floor((latitude + 90) * 2)::integer * 1000 + mod(floor((longitude + 180) * 2)::integer, 720)`,
  // Every cell a circle of radius_m around the point touches, its bounding box widened where meridians converge;
  // columns wrap around the antimeridian (the Aleutians).
  `CREATE FUNCTION search_cells_near(latitude float8, longitude float8, radius_m float8) RETURNS integer[]
   LANGUAGE sql IMMUTABLE PARALLEL SAFE
   RETURN (
     SELECT array_agg(lat_row * 1000 + mod(lon_column + 720, 720))
     FROM (SELECT radius_m / (earth() * pi() / 180) AS lat_span) span,
          LATERAL (SELECT least(lat_span / cos(radians(least(abs(latitude) + lat_span, 89))), 180) AS lon_span) width,
          LATERAL generate_series(floor((greatest(latitude - lat_span, -90) + 90) * 2)::integer,
                                  floor((least(latitude + lat_span, 89.999) + 90) * 2)::integer) lat_row,
          LATERAL generate_series(floor((longitude - lon_span + 180) * 2)::integer,
                                  floor((longitude + lon_span + 180) * 2)::integer) lon_column)`,
];

const INSERT_LOCATIONS_OF = (listings: string) => `
    INSERT INTO search_listing_locations (location_id, provider_id, point, cell, one_of_several)
    SELECT pl.id, pl.provider_id, ll_to_earth(pl.latitude, pl.longitude)::cube, search_cell(pl.latitude, pl.longitude),
           count(*) OVER (PARTITION BY pl.provider_id) > 1
    FROM ${listings} JOIN practice_locations pl ON pl.provider_id = listing.provider_id`;

const PUBLISH_LOCATIONS = `
  CREATE FUNCTION publish_search_listing_locations() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    ${INSERT_LOCATIONS_OF('published listing')};
    RETURN NULL;
  END $$`;

const WITHDRAW_LOCATIONS = `
  CREATE FUNCTION withdraw_search_listing_locations() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'TRUNCATE' THEN
      TRUNCATE search_listing_locations;
    ELSE
      DELETE FROM search_listing_locations loc USING withdrawn WHERE loc.provider_id = withdrawn.provider_id;
    END IF;
    RETURN NULL;
  END $$`;

export class SearchListingLocations1795890000000 implements MigrationInterface {
  name = 'SearchListingLocations1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_listing_locations (
        location_id uuid PRIMARY KEY,
        provider_id uuid NOT NULL,
        point cube NOT NULL,
        cell integer NOT NULL,
        one_of_several boolean NOT NULL
      )`);
    for (const definition of CELL_FUNCTIONS) await queryRunner.query(definition);
    await queryRunner.query(PUBLISH_LOCATIONS);
    await queryRunner.query(WITHDRAW_LOCATIONS);
    await queryRunner.query(`
      CREATE TRIGGER search_listings_publish_locations AFTER INSERT ON search_listings
      REFERENCING NEW TABLE AS published FOR EACH STATEMENT EXECUTE FUNCTION publish_search_listing_locations()`);
    await queryRunner.query(`
      CREATE TRIGGER search_listings_withdraw_locations AFTER DELETE ON search_listings
      REFERENCING OLD TABLE AS withdrawn FOR EACH STATEMENT EXECUTE FUNCTION withdraw_search_listing_locations()`);
    await queryRunner.query(`
      CREATE TRIGGER search_listings_truncate_locations AFTER TRUNCATE ON search_listings
      FOR EACH STATEMENT EXECUTE FUNCTION withdraw_search_listing_locations()`);
    await queryRunner.query(INSERT_LOCATIONS_OF('search_listings listing'));
    await queryRunner.query(
      `CREATE INDEX search_listing_locations_point_idx ON search_listing_locations USING gist (point)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_listing_locations_provider_idx ON search_listing_locations (provider_id)`,
    );
    // Search no longer reads practice_locations by place: its distance index only cost every write.
    await queryRunner.query(`DROP INDEX practice_locations_earth_idx`);
    await queryRunner.query(`CREATE INDEX search_listing_locations_cell_idx ON search_listing_locations (cell)
      INCLUDE (point, provider_id, location_id, one_of_several)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX practice_locations_earth_idx ON practice_locations USING gist (ll_to_earth(latitude, longitude))`,
    );
    await queryRunner.query(`
      DROP TRIGGER search_listings_truncate_locations ON search_listings;
      DROP TRIGGER search_listings_withdraw_locations ON search_listings;
      DROP TRIGGER search_listings_publish_locations ON search_listings`);
    await queryRunner.query(`DROP FUNCTION withdraw_search_listing_locations(), publish_search_listing_locations()`);
    await queryRunner.query(`DROP TABLE search_listing_locations`);
    await queryRunner.query(`DROP FUNCTION search_cells_near(float8, float8, float8), search_cell(float8, float8)`);
  }
}
