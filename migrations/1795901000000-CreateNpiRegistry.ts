import { MigrationInterface, QueryRunner } from 'typeorm';

// The national NPI registry (CMS NPPES), as far as the directory needs it: individual practitioners with at least
// one in-scope taxonomy. Rows are never public and never become listings by themselves; admins find candidates and
// check listings against them, and a claim of an unlisted NPI starts its draft from one.
//
// taxonomies: the row's slots in file order, each {code, licenseNumber, licenseState, primary}; taxonomy_codes
// repeats the codes for filtering. content_hash covers every kept field, so a file loaded again (or a weekly file
// repeating a row) changes nothing. source_file and source_date say which file last changed the row.
// registry_imports records each file loaded, with what it kept and skipped.
export class CreateNpiRegistry1795901000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE registry_practitioners (
        npi char(10) PRIMARY KEY CHECK (npi ~ '^[0-9]{10}$'),
        last_name text,
        first_name text,
        middle_name text,
        name_prefix text,
        name_suffix text,
        credentials text,
        sex_code text,
        taxonomies jsonb NOT NULL CHECK (jsonb_typeof(taxonomies) = 'array'),
        taxonomy_codes text[] NOT NULL,
        primary_taxonomy_code varchar(10),
        practice_line1 text,
        practice_line2 text,
        practice_city text,
        practice_state text,
        practice_postal_code text,
        practice_phone text,
        enumerated_on date,
        last_updated_on date,
        deactivated_on date,
        deactivation_reason text,
        reactivated_on date,
        source_file text NOT NULL,
        source_date date NOT NULL,
        content_hash text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX registry_practitioners_state_idx ON registry_practitioners (practice_state, npi)`,
    );
    await queryRunner.query(
      `CREATE INDEX registry_practitioners_taxonomy_idx ON registry_practitioners USING gin (taxonomy_codes)`,
    );
    await queryRunner.query(`
      CREATE TABLE registry_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        file_kind text NOT NULL CHECK (file_kind IN ('FULL', 'WEEKLY', 'DEACTIVATIONS')),
        data_date date NOT NULL,
        rows_read integer NOT NULL CHECK (rows_read >= 0),
        rows_kept integer NOT NULL CHECK (rows_kept >= 0),
        rows_skipped integer NOT NULL CHECK (rows_skipped >= 0),
        rows_changed integer NOT NULL CHECK (rows_changed >= 0),
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE registry_imports, registry_practitioners`);
  }
}
