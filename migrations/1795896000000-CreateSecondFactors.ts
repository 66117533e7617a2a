import { MigrationInterface, QueryRunner } from 'typeorm';

// An admin's second factor: one TOTP secret per account, sealed by the application (AES-256-GCM, key from
// APP_SECRET) so the database never holds it in clear. It is pending until a log-in proves the authenticator app has
// it; the last accepted time step makes each code single-use. Recovery codes are kept only as sha256 hashes.
export class CreateSecondFactors1795896000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_totp_secrets (
        account_id uuid PRIMARY KEY REFERENCES accounts (id),
        sealed_secret text NOT NULL,
        confirmed_at timestamptz,
        last_time_step bigint CHECK (last_time_step >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (confirmed_at IS NOT NULL OR last_time_step IS NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE account_recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts (id),
        code_hash char(64) NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (account_id, code_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE account_recovery_codes`);
    await queryRunner.query(`DROP TABLE account_totp_secrets`);
  }
}
