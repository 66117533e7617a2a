import { MigrationInterface, QueryRunner } from 'typeorm';

// A session is one log-in on one device: a family of refresh tokens, each traded once for the next. A token that was
// already traded (replaced_at set) and comes back means it was copied, and ends its whole session. Tokens are stored
// only as SHA-256 digests; addresses only truncated (IPv4 /24, IPv6 /48). token_version is the account's at log-in:
// raising the account's ends every session started before.
export class CreateAccountSessions1795895000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts (id),
        token_version integer NOT NULL,
        device text NOT NULL CHECK (char_length(device) BETWEEN 1 AND 100),
        approximate_address text NOT NULL CHECK (char_length(approximate_address) BETWEEN 1 AND 50),
        started_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        idle_expires_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason ~ '^[A-Z_]{1,40}$'),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
        CHECK (idle_expires_at <= expires_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX account_sessions_open_idx ON account_sessions (account_id, started_at) WHERE ended_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE account_refresh_tokens (
        token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
        session_id uuid NOT NULL REFERENCES account_sessions (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        replaced_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX account_refresh_tokens_session_idx ON account_refresh_tokens (session_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE account_refresh_tokens, account_sessions`);
  }
}
