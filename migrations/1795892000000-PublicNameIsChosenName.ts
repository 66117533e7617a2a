import { MigrationInterface, QueryRunner } from 'typeorm';

// The legal name is for vetting only. A provider who chose a name is listed under it whole, given and family name:
// a chosen given name beside the legal family name would still point to the legal name (and, with the NPI, to the
// national registry). The public document, the name search and the sort order all take the chosen name when there
// is one, else the legal name. Listings that chose a given name alone keep the family name they were listed under.

const PUBLIC_NAME = (chosen: string, legal: string) =>
  `CASE WHEN p.chosen_name IS NULL THEN ${legal} ELSE ${chosen} END`;

const NAMES = {
  whole: {
    first: PUBLIC_NAME('p.chosen_name', 'p.first_name'),
    last: PUBLIC_NAME('p.chosen_last_name', 'p.last_name'),
  },
  givenOnly: { first: 'coalesce(p.chosen_name, p.first_name)', last: 'p.last_name' },
};

// The view as CreateSearchReadModel made it, its names aside.
const LISTING_SOURCE_VIEW = ({ first, last }: { first: string; last: string }) => `
  CREATE OR REPLACE VIEW search_listing_source AS
  SELECT
    p.id AS provider_id,
    jsonb_build_object(
      'id', p.id,
      'npi', p.npi,
      'firstName', ${first},
      'lastName', ${last},
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
    search_text(concat_ws(' ', ${first}, ${last})) AS name_text,
    search_text(concat_ws(' ', ${last}, ${first})) AS sort_name,
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

// Revisions carry the pair too: adopting an open one keeps the rule, and a decided one reads as what it published.
const REVISIONS_WITH_CHOSEN_LAST_NAME = `
  UPDATE listing_revisions
  SET payload = payload || jsonb_build_object('chosenLastName',
                  CASE WHEN payload->>'chosenName' IS NULL THEN NULL ELSE payload->'lastName' END)
  WHERE payload IS NOT NULL`;

export class PublicNameIsChosenName1795892000000 implements MigrationInterface {
  name = 'PublicNameIsChosenName1795892000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE providers
        ADD COLUMN chosen_last_name text CHECK (char_length(btrim(chosen_last_name)) BETWEEN 1 AND 100)`);
    await queryRunner.query(`UPDATE providers SET chosen_last_name = last_name WHERE chosen_name IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE providers ADD CONSTRAINT providers_chosen_name_whole
        CHECK ((chosen_name IS NULL) = (chosen_last_name IS NULL))`);
    await queryRunner.query(REVISIONS_WITH_CHOSEN_LAST_NAME);
    await queryRunner.query(LISTING_SOURCE_VIEW(NAMES.whole));
    await queryRunner.query(`SELECT rebuild_search_listings()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(LISTING_SOURCE_VIEW(NAMES.givenOnly));
    await queryRunner.query(
      `UPDATE listing_revisions SET payload = payload - 'chosenLastName' WHERE payload IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE providers DROP COLUMN chosen_last_name`);
    await queryRunner.query(`SELECT rebuild_search_listings()`);
  }
}
