import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDirectorySchema1795886460000 implements MigrationInterface {
  name = 'CreateDirectorySchema1795886460000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // NPI check digit: Luhn over the 9 leading digits with the constant 24 for the "80840" card-issuer prefix.
    await queryRunner.query(`
      CREATE FUNCTION npi_is_valid(npi text) RETURNS boolean
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT npi ~ '^[0-9]{10}$' AND (
          24 + substr(npi, 10, 1)::int + (
            SELECT sum(CASE WHEN i % 2 = 1 THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END)
            FROM (SELECT i, substr(npi, i, 1)::int AS d FROM generate_series(1, 9) AS i) AS digits
          )
        ) % 10 = 0
      $$`);
    // unaccent() is only STABLE; pinning the dictionary makes it safe to index.
    await queryRunner.query(`
      CREATE FUNCTION search_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
      $$`);

    await queryRunner.query(`
      CREATE TYPE listing_status AS ENUM
        ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED', 'ARCHIVED')`);
    await queryRunner.query(
      `CREATE TYPE evidence_level AS ENUM ('SELF_ATTESTED', 'ADMIN_VERIFIED', 'REFERRAL_CONFIRMED')`,
    );
    await queryRunner.query(`CREATE TYPE license_verification AS ENUM ('UNVERIFIED', 'VERIFIED', 'REJECTED')`);

    await queryRunner.query(`
      CREATE TABLE providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        npi char(10) NOT NULL CONSTRAINT providers_npi_key UNIQUE CONSTRAINT providers_npi_check CHECK (npi_is_valid(npi)),
        first_name text NOT NULL CHECK (char_length(btrim(first_name)) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (char_length(btrim(last_name)) BETWEEN 1 AND 100),
        chosen_name text CHECK (char_length(btrim(chosen_name)) BETWEEN 1 AND 100),
        credentials text[] NOT NULL DEFAULT '{}',
        pronouns text CHECK (char_length(pronouns) BETWEEN 1 AND 40),
        bio text CHECK (char_length(bio) <= 4000),
        phone text CHECK (phone ~ '^\\+?[0-9 ()./-]{7,25}$'),
        accepting_new_patients boolean NOT NULL DEFAULT true,
        offers_telehealth boolean NOT NULL DEFAULT false,
        status listing_status NOT NULL DEFAULT 'DRAFT',
        last_verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX providers_status_idx ON providers (status)`);

    await queryRunner.query(`
      CREATE TABLE provider_specialties (
        provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        specialty_code varchar(10) NOT NULL REFERENCES specialties (code),
        is_primary boolean NOT NULL DEFAULT false,
        PRIMARY KEY (provider_id, specialty_code)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX provider_specialties_one_primary_idx ON provider_specialties (provider_id) WHERE is_primary`,
    );
    await queryRunner.query(`
      CREATE TABLE provider_languages (
        provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        language_code char(2) NOT NULL REFERENCES languages (code),
        PRIMARY KEY (provider_id, language_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE provider_insurance_plans (
        provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        plan_slug text NOT NULL REFERENCES insurance_plans (slug),
        PRIMARY KEY (provider_id, plan_slug)
      )`);
    await queryRunner.query(`
      CREATE TABLE provider_care_attributes (
        provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        attribute_slug text NOT NULL REFERENCES care_attributes (slug),
        evidence evidence_level NOT NULL DEFAULT 'SELF_ATTESTED',
        evidenced_on date NOT NULL DEFAULT current_date,
        PRIMARY KEY (provider_id, attribute_slug)
      )`);

    await queryRunner.query(`
      CREATE TABLE practice_locations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        position smallint NOT NULL DEFAULT 0,
        name text CHECK (char_length(name) <= 200),
        street text CHECK (char_length(street) <= 200),
        city text NOT NULL CHECK (char_length(btrim(city)) BETWEEN 1 AND 100),
        state char(2) NOT NULL REFERENCES us_states (code),
        zip char(5) NOT NULL CHECK (zip ~ '^[0-9]{5}$'),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        hide_street boolean NOT NULL DEFAULT false,
        phone text CHECK (phone ~ '^\\+?[0-9 ()./-]{7,25}$')
      )`);
    await queryRunner.query(`CREATE INDEX practice_locations_provider_idx ON practice_locations (provider_id)`);
    await queryRunner.query(
      `CREATE INDEX practice_locations_earth_idx ON practice_locations USING gist (ll_to_earth(latitude, longitude))`,
    );

    await queryRunner.query(`
      CREATE TABLE licenses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
        state char(2) NOT NULL REFERENCES us_states (code),
        license_type text NOT NULL CHECK (license_type ~ '^[A-Z]{2,6}$'),
        number text NOT NULL CHECK (char_length(btrim(number)) BETWEEN 1 AND 40),
        expires_on date NOT NULL,
        verification license_verification NOT NULL DEFAULT 'UNVERIFIED',
        verified_at timestamptz,
        verification_source text,
        CONSTRAINT licenses_unique_number UNIQUE (provider_id, state, license_type, number),
        CONSTRAINT licenses_verified_has_source CHECK (verification <> 'VERIFIED' OR (verified_at IS NOT NULL AND verification_source IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX licenses_provider_idx ON licenses (provider_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE licenses, practice_locations, provider_care_attributes, provider_insurance_plans,
        provider_languages, provider_specialties, providers`);
    await queryRunner.query(`DROP TYPE license_verification, evidence_level, listing_status`);
    await queryRunner.query(`DROP FUNCTION search_text(text), npi_is_valid(text)`);
  }
}
