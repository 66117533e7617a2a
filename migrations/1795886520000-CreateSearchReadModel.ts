import { MigrationInterface, QueryRunner } from 'typeorm';

// The public directory reads only from search_listings / search_listing_states: one row per APPROVED listing with
// its public document and every filter pre-computed, kept current by refresh_search_listings() on each write.
// Licenses keep their expiry here so an expired license stops counting at query time, without anyone acting.
// Sort orders are indexed as all-ascending keys ((-rank), sort_name, provider_id) so keyset paging is one index range.

const LISTING_SOURCE_VIEW = `
  CREATE VIEW search_listing_source AS
  SELECT
    p.id AS provider_id,
    jsonb_build_object(
      'id', p.id,
      'npi', p.npi,
      'firstName', coalesce(p.chosen_name, p.first_name),
      'lastName', p.last_name,
      'credentials', to_jsonb(p.credentials),
      'pronouns', p.pronouns,
      'bio', p.bio,
      'phone', p.phone,
      'acceptingNewPatients', p.accepting_new_patients,
      'offersTelehealth', p.offers_telehealth,
      'lastVerifiedAt', p.last_verified_at,
      'specialties', coalesce((
        SELECT jsonb_agg(jsonb_build_object('code', s.code, 'slug', s.slug, 'name', s.name, 'category', s.category,
                                            'primary', ps.is_primary) ORDER BY ps.is_primary DESC, s.name)
        FROM provider_specialties ps JOIN specialties s ON s.code = ps.specialty_code
        WHERE ps.provider_id = p.id), '[]'::jsonb),
      'locations', coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                 'id', pl.id, 'name', pl.name, 'city', pl.city, 'state', pl.state, 'zip', pl.zip, 'phone', pl.phone,
                 'streetHidden', pl.hide_street,
                 -- A hidden street address must not leak through its coordinates either.
                 'street', CASE WHEN pl.hide_street THEN NULL ELSE pl.street END,
                 'latitude', CASE WHEN pl.hide_street THEN NULL ELSE pl.latitude END,
                 'longitude', CASE WHEN pl.hide_street THEN NULL ELSE pl.longitude END)
               ORDER BY pl.position, pl.id)
        FROM practice_locations pl WHERE pl.provider_id = p.id), '[]'::jsonb),
      'licenses', coalesce((
        SELECT jsonb_agg(jsonb_build_object('state', l.state, 'type', l.license_type, 'expiresOn', l.expires_on)
               ORDER BY l.state, l.license_type)
        FROM licenses l WHERE l.provider_id = p.id AND l.verification = 'VERIFIED'), '[]'::jsonb),
      'careAttributes', coalesce((
        SELECT jsonb_agg(jsonb_build_object('slug', a.slug, 'name', a.name, 'evidence', pa.evidence,
                                            'evidencedOn', pa.evidenced_on) ORDER BY a.baseline DESC, a.name)
        FROM provider_care_attributes pa JOIN care_attributes a ON a.slug = pa.attribute_slug
        WHERE pa.provider_id = p.id), '[]'::jsonb),
      'languages', coalesce((
        SELECT jsonb_agg(jsonb_build_object('code', lg.code, 'name', lg.name) ORDER BY lg.name)
        FROM provider_languages pg JOIN languages lg ON lg.code = pg.language_code
        WHERE pg.provider_id = p.id), '[]'::jsonb),
      'insurance', coalesce((
        SELECT jsonb_agg(jsonb_build_object('slug', ip.slug, 'name', ip.name) ORDER BY ip.name)
        FROM provider_insurance_plans pp JOIN insurance_plans ip ON ip.slug = pp.plan_slug
        WHERE pp.provider_id = p.id), '[]'::jsonb)
    ) AS document,
    search_text(concat_ws(' ', coalesce(p.chosen_name, p.first_name), p.last_name)) AS name_text,
    search_text(concat_ws(' ', p.last_name, coalesce(p.chosen_name, p.first_name))) AS sort_name,
    -- Relevance: open to new patients first, then the strength of the evidence for affirming care.
    (CASE WHEN p.accepting_new_patients THEN 1000 ELSE 0 END) + coalesce((
      SELECT sum(CASE pa.evidence WHEN 'REFERRAL_CONFIRMED' THEN 30 WHEN 'ADMIN_VERIFIED' THEN 20 ELSE 5 END)
      FROM provider_care_attributes pa WHERE pa.provider_id = p.id), 0)::integer AS rank,
    ARRAY(SELECT DISTINCT s.category::text FROM provider_specialties ps JOIN specialties s ON s.code = ps.specialty_code
          WHERE ps.provider_id = p.id) AS categories,
    ARRAY(SELECT ps.specialty_code::text FROM provider_specialties ps WHERE ps.provider_id = p.id) AS specialty_codes,
    ARRAY(SELECT pg.language_code::text FROM provider_languages pg WHERE pg.provider_id = p.id) AS language_codes,
    ARRAY(SELECT pa.attribute_slug FROM provider_care_attributes pa WHERE pa.provider_id = p.id) AS attribute_slugs,
    ARRAY(SELECT pp.plan_slug FROM provider_insurance_plans pp WHERE pp.provider_id = p.id) AS insurance_slugs,
    p.accepting_new_patients,
    p.offers_telehealth
  FROM providers p
  WHERE p.status = 'APPROVED'`;

// One row per state a listing can serve: in person (a practice location there) and/or by telehealth (the latest
// expiry of a verified license there, when the provider offers telehealth).
const STATE_SOURCE_VIEW = `
  CREATE VIEW search_listing_state_source AS
  SELECT coverage.state, coverage.provider_id,
         bool_or(coverage.in_person) AS in_person, max(coverage.telehealth_until) AS telehealth_until
  FROM (
    SELECT pl.state, pl.provider_id, true AS in_person, NULL::date AS telehealth_until
    FROM practice_locations pl
    UNION ALL
    SELECT l.state, l.provider_id, false, l.expires_on
    FROM licenses l JOIN providers p ON p.id = l.provider_id
    WHERE p.offers_telehealth AND l.verification = 'VERIFIED'
  ) AS coverage
  GROUP BY coverage.state, coverage.provider_id`;

const REFRESH_FUNCTION = `
  CREATE FUNCTION refresh_search_listings(ids uuid[]) RETURNS integer
  LANGUAGE plpgsql AS $$
  DECLARE
    published integer;
  BEGIN
    DELETE FROM search_listings WHERE provider_id = ANY (ids);
    INSERT INTO search_listings (provider_id, document, name_text, sort_name, rank, categories, specialty_codes,
                                 language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
                                 offers_telehealth)
    SELECT provider_id, document, name_text, sort_name, rank, categories, specialty_codes, language_codes,
           attribute_slugs, insurance_slugs, accepting_new_patients, offers_telehealth
    FROM search_listing_source WHERE provider_id = ANY (ids);
    GET DIAGNOSTICS published = ROW_COUNT;
    INSERT INTO search_listing_states (state, provider_id, in_person, telehealth_until, rank, sort_name)
    SELECT ss.state, ss.provider_id, ss.in_person, ss.telehealth_until, sl.rank, sl.sort_name
    FROM search_listing_state_source ss JOIN search_listings sl ON sl.provider_id = ss.provider_id
    WHERE ss.provider_id = ANY (ids);
    RETURN published;
  END $$`;

const REBUILD_FUNCTION = `
  CREATE FUNCTION rebuild_search_listings() RETURNS integer
  LANGUAGE plpgsql AS $$
  DECLARE
    published integer;
  BEGIN
    TRUNCATE search_listings, search_listing_states;
    INSERT INTO search_listings (provider_id, document, name_text, sort_name, rank, categories, specialty_codes,
                                 language_codes, attribute_slugs, insurance_slugs, accepting_new_patients,
                                 offers_telehealth)
    SELECT provider_id, document, name_text, sort_name, rank, categories, specialty_codes, language_codes,
           attribute_slugs, insurance_slugs, accepting_new_patients, offers_telehealth
    FROM search_listing_source;
    GET DIAGNOSTICS published = ROW_COUNT;
    INSERT INTO search_listing_states (state, provider_id, in_person, telehealth_until, rank, sort_name)
    SELECT ss.state, ss.provider_id, ss.in_person, ss.telehealth_until, sl.rank, sl.sort_name
    FROM search_listing_state_source ss JOIN search_listings sl ON sl.provider_id = ss.provider_id;
    RETURN published;
  END $$`;

export class CreateSearchReadModel1795886520000 implements MigrationInterface {
  name = 'CreateSearchReadModel1795886520000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_listings (
        provider_id uuid PRIMARY KEY REFERENCES providers (id) ON DELETE CASCADE,
        document jsonb NOT NULL,
        name_text text NOT NULL,
        sort_name text NOT NULL,
        rank integer NOT NULL,
        categories text[] NOT NULL,
        specialty_codes text[] NOT NULL,
        language_codes text[] NOT NULL,
        attribute_slugs text[] NOT NULL,
        insurance_slugs text[] NOT NULL,
        accepting_new_patients boolean NOT NULL,
        offers_telehealth boolean NOT NULL,
        refreshed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX search_listings_name_trgm_idx ON search_listings USING gin (name_text gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_listings_relevance_idx ON search_listings ((-rank), sort_name, provider_id)`,
    );
    await queryRunner.query(`CREATE INDEX search_listings_sort_name_idx ON search_listings (sort_name, provider_id)`);
    await queryRunner.query(`
      CREATE INDEX search_listings_filters_idx ON search_listings
        USING gin (categories, specialty_codes, language_codes, attribute_slugs, insurance_slugs)`);

    await queryRunner.query(`
      CREATE TABLE search_listing_states (
        state char(2) NOT NULL REFERENCES us_states (code),
        provider_id uuid NOT NULL REFERENCES search_listings (provider_id) ON DELETE CASCADE,
        in_person boolean NOT NULL,
        telehealth_until date,
        rank integer NOT NULL,
        sort_name text NOT NULL,
        PRIMARY KEY (state, provider_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX search_listing_states_relevance_idx ON search_listing_states (state, (-rank), sort_name, provider_id)`,
    );
    await queryRunner.query(`CREATE INDEX search_listing_states_provider_idx ON search_listing_states (provider_id)`);

    await queryRunner.query(LISTING_SOURCE_VIEW);
    await queryRunner.query(STATE_SOURCE_VIEW);
    await queryRunner.query(REFRESH_FUNCTION);
    await queryRunner.query(REBUILD_FUNCTION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION rebuild_search_listings(), refresh_search_listings(uuid[])`);
    await queryRunner.query(`DROP VIEW search_listing_state_source, search_listing_source`);
    await queryRunner.query(`DROP TABLE search_listing_states, search_listings`);
  }
}
