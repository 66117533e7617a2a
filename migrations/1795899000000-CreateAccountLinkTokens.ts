import { MigrationInterface, QueryRunner } from 'typeorm';

// The links mailed to an account (confirm the address, reset the password). Only a hash of each link's secret is
// kept: the table does not let anyone who reads it follow a link. A link works once, until it expires.
export class CreateAccountLinkTokens1795899000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_link_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts (id),
        purpose text NOT NULL CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
        secret_hash bytea NOT NULL CHECK (octet_length(secret_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      );
      CREATE INDEX account_link_tokens_open_idx ON account_link_tokens (account_id, purpose) WHERE used_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE account_link_tokens`);
  }
}
