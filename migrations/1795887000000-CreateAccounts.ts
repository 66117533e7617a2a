import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1795887000000 implements MigrationInterface {
  name = 'CreateAccounts1795887000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE account_role AS ENUM ('ADMIN', 'THERAPIST', 'PROVIDER')`);
    await queryRunner.query(
      `CREATE TYPE account_status AS ENUM ('PENDING_APPROVAL', 'ACTIVE', 'REJECTED', 'SUSPENDED')`,
    );
    // Emails are stored lower-cased so uniqueness and log-in ignore case.
    await queryRunner.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT accounts_email_key UNIQUE
          CONSTRAINT accounts_email_check CHECK (email = lower(email) AND char_length(email) BETWEEN 3 AND 254),
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 100),
        role account_role NOT NULL,
        status account_status NOT NULL,
        token_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX accounts_status_idx ON accounts (status, created_at, id)`);

    // Shared by every append-only audit table.
    await queryRunner.query(`
      CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit rows are append-only (% on %)', TG_OP, TG_TABLE_NAME;
      END $$`);
    await queryRunner.query(`
      CREATE TABLE account_audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        actor_id uuid REFERENCES accounts (id),
        action text NOT NULL,
        from_status account_status,
        to_status account_status NOT NULL,
        reason text CHECK (char_length(reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX account_audit_events_account_idx ON account_audit_events (account_id, id)`);
    await queryRunner.query(`
      CREATE TRIGGER account_audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON account_audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite()`);

    // Failed log-ins per account and per address; keys are HMACs, so typed emails and addresses are not stored.
    await queryRunner.query(`
      CREATE TABLE login_throttles (
        key text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures > 0),
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_throttles, account_audit_events, accounts`);
    await queryRunner.query(`DROP FUNCTION refuse_audit_rewrite()`);
    await queryRunner.query(`DROP TYPE account_status, account_role`);
  }
}
