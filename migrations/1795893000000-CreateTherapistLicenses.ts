import { MigrationInterface, QueryRunner } from 'typeorm';

// The licenses a therapist gives at sign-up, and how an admin verified each: approval waits for one verified license.
// The verification columns are set together, so a license is either unverified or fully accounted for.
export class CreateTherapistLicenses1795893000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE therapist_licenses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts (id),
        state char(2) NOT NULL REFERENCES us_states (code),
        license_type text NOT NULL CHECK (license_type ~ '^[A-Za-z]{2,10}$'),
        number text NOT NULL CHECK (char_length(number) BETWEEN 1 AND 40),
        npi char(10) CHECK (npi ~ '^[0-9]{10}$'),
        verification_source text CHECK (char_length(verification_source) BETWEEN 3 AND 200),
        verification_note text CHECK (char_length(verification_note) <= 1000),
        verified_by uuid REFERENCES accounts (id),
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (account_id, state, license_type, number),
        CHECK ((verification_source IS NULL) = (verified_at IS NULL)),
        CHECK (verified_at IS NOT NULL OR (verified_by IS NULL AND verification_note IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE therapist_licenses`);
  }
}
