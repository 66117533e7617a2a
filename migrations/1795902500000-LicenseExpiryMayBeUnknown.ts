import { MigrationInterface, QueryRunner } from 'typeorm';

// A draft started from the NPI registry for a claimant carries the registry's license numbers and states, but the
// registry gives no expiry; until the provider enters it, expires_on is NULL ("expiry not entered yet") rather than a
// made-up date. A license without an expiry is not active: search, telehealth and approval only count verified
// licenses, and an admin cannot verify a license whose expiry the provider has not entered (the board's record is
// checked against it), so every verified license keeps a date.
export class LicenseExpiryMayBeUnknown1795902500000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE licenses
        ALTER COLUMN expires_on DROP NOT NULL,
        ADD CONSTRAINT licenses_verified_has_expiry CHECK (verification <> 'VERIFIED' OR expires_on IS NOT NULL)`);
  }

  // Licenses without an expiry only exist on unowned or unfinished drafts; they go, as the old schema cannot hold them.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM licenses WHERE expires_on IS NULL`);
    await queryRunner.query(`
      ALTER TABLE licenses
        DROP CONSTRAINT licenses_verified_has_expiry,
        ALTER COLUMN expires_on SET NOT NULL`);
  }
}
