import { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN_REVISION = `status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED')`;

export class CreateListingVetting1795887060000 implements MigrationInterface {
  name = 'CreateListingVetting1795887060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A provider account owns at most one listing; imported and demo listings start unowned (claimable by NPI).
    await queryRunner.query(`
      ALTER TABLE providers
        ADD COLUMN owner_account_id uuid CONSTRAINT providers_owner_key UNIQUE REFERENCES accounts (id),
        ADD COLUMN attestation_version text,
        ADD COLUMN attested_at timestamptz,
        ADD COLUMN reverify_on date,
        ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT providers_attestation_complete CHECK ((attestation_version IS NULL) = (attested_at IS NULL))`);
    await queryRunner.query(
      `CREATE INDEX providers_reverify_idx ON providers (reverify_on, id) WHERE status = 'APPROVED'`,
    );

    // Changes to an approved listing's vetted fields (EDIT, payload = the proposed vetted fields) and claims of an
    // unowned listing (CLAIM) wait here for review while the approved version stays in the source tables.
    await queryRunner.query(`CREATE TYPE revision_kind AS ENUM ('EDIT', 'CLAIM')`);
    await queryRunner.query(`
      CREATE TABLE listing_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers (id),
        kind revision_kind NOT NULL,
        status listing_status NOT NULL
          CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED')),
        payload jsonb CHECK ((kind = 'EDIT') = (payload IS NOT NULL)),
        author_account_id uuid NOT NULL REFERENCES accounts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES accounts (id)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX listing_revisions_one_open_idx ON listing_revisions (provider_id) WHERE ${OPEN_REVISION}`,
    );
    await queryRunner.query(`
      CREATE UNIQUE INDEX listing_revisions_one_open_claim_idx ON listing_revisions (author_account_id)
      WHERE kind = 'CLAIM' AND ${OPEN_REVISION}`);

    await queryRunner.query(`
      CREATE TABLE listing_audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES providers (id),
        revision_id uuid REFERENCES listing_revisions (id),
        actor_id uuid NOT NULL REFERENCES accounts (id),
        action text NOT NULL,
        from_status listing_status,
        to_status listing_status,
        reason text CHECK (char_length(reason) <= 2000),
        checks jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX listing_audit_events_provider_idx ON listing_audit_events (provider_id, id)`);
    await queryRunner.query(`
      CREATE TRIGGER listing_audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON listing_audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE listing_audit_events, listing_revisions`);
    await queryRunner.query(`DROP TYPE revision_kind`);
    await queryRunner.query(`DROP INDEX providers_reverify_idx`);
    await queryRunner.query(`
      ALTER TABLE providers
        DROP CONSTRAINT providers_attestation_complete,
        DROP COLUMN status_changed_at,
        DROP COLUMN reverify_on,
        DROP COLUMN attested_at,
        DROP COLUMN attestation_version,
        DROP COLUMN owner_account_id`);
  }
}
