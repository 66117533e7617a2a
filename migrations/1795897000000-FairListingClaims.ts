import { MigrationInterface, QueryRunner } from 'typeorm';

// Claims leave listing_revisions for a table of their own, so that any number of accounts may claim one listing:
// each claim waits for review with the licenses its claimant entered, an account holds at most one open claim, and
// an open claim lapses at expires_at (the API treats it as EXPIRED from then on, whatever the row still says).
// Claims moved from revisions keep their ids, and their audit rows point at the claim instead of the revision; those
// moved while open get the default LISTING_CLAIM_DAYS (14) from now, and no licenses (none were asked for then).
export class FairListingClaims1795897000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE claim_status AS ENUM ('OPEN', 'APPROVED', 'REJECTED', 'EXPIRED', 'WITHDRAWN')`,
    );
    // decided_at: when the claim stopped being open (for EXPIRED, its expires_at); decided_by: the deciding admin.
    await queryRunner.query(`
      CREATE TABLE listing_claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers (id),
        claimant_account_id uuid NOT NULL REFERENCES accounts (id),
        status claim_status NOT NULL DEFAULT 'OPEN',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by uuid REFERENCES accounts (id),
        reason text CHECK (char_length(reason) <= 2000),
        CONSTRAINT listing_claims_expires_after_creation CHECK (expires_at > created_at),
        CONSTRAINT listing_claims_open_undecided CHECK ((status = 'OPEN') = (decided_at IS NULL)),
        CONSTRAINT listing_claims_decided_by_admin CHECK (decided_by IS NULL OR status IN ('APPROVED', 'REJECTED'))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX listing_claims_one_open_per_account_idx ON listing_claims (claimant_account_id)
      WHERE status = 'OPEN'`);
    await queryRunner.query(
      `CREATE INDEX listing_claims_open_queue_idx ON listing_claims (created_at, id) WHERE status = 'OPEN'`,
    );
    await queryRunner.query(`CREATE INDEX listing_claims_provider_idx ON listing_claims (provider_id)`);
    await queryRunner.query(`
      CREATE TABLE listing_claim_licenses (
        claim_id uuid NOT NULL REFERENCES listing_claims (id) ON DELETE CASCADE,
        state char(2) NOT NULL REFERENCES us_states (code),
        license_type text NOT NULL CHECK (license_type ~ '^[A-Z]{2,6}$'),
        number text NOT NULL CHECK (char_length(btrim(number)) BETWEEN 1 AND 40),
        PRIMARY KEY (claim_id, state, license_type, number)
      )`);

    await queryRunner.query(`
      INSERT INTO listing_claims (id, provider_id, claimant_account_id, status, created_at, expires_at, decided_at, decided_by)
      SELECT id, provider_id, author_account_id,
             CASE status WHEN 'APPROVED' THEN 'APPROVED' WHEN 'REJECTED' THEN 'REJECTED' ELSE 'OPEN' END::claim_status,
             created_at,
             CASE WHEN status IN ('APPROVED', 'REJECTED') THEN created_at ELSE now() END + interval '14 days',
             CASE WHEN status IN ('APPROVED', 'REJECTED') THEN coalesce(decided_at, status_changed_at) END,
             CASE WHEN status IN ('APPROVED', 'REJECTED') THEN decided_by END
      FROM listing_revisions WHERE kind = 'CLAIM'`);
    await queryRunner.query(`ALTER TABLE listing_audit_events ADD COLUMN claim_id uuid REFERENCES listing_claims (id)`);
    await this.relinkAudit(queryRunner, 'claim_id = revision_id, revision_id = NULL', 'revision_id');
    await queryRunner.query(`
      ALTER TABLE listing_audit_events
        ADD CONSTRAINT listing_audit_events_one_subject CHECK (revision_id IS NULL OR claim_id IS NULL)`);
    await queryRunner.query(`DELETE FROM listing_revisions WHERE kind = 'CLAIM'`);

    await queryRunner.query(`DROP INDEX listing_revisions_one_open_claim_idx`);
    await queryRunner.query(`
      ALTER TABLE listing_revisions
        DROP CONSTRAINT listing_revisions_check,
        DROP COLUMN kind,
        ALTER COLUMN payload SET NOT NULL`);
    await queryRunner.query(`DROP TYPE revision_kind`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE revision_kind AS ENUM ('EDIT', 'CLAIM')`);
    await queryRunner.query(`
      ALTER TABLE listing_revisions
        ADD COLUMN kind revision_kind NOT NULL DEFAULT 'EDIT',
        ALTER COLUMN payload DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE listing_revisions
        ALTER COLUMN kind DROP DEFAULT,
        ADD CONSTRAINT listing_revisions_check CHECK ((kind = 'EDIT') = (payload IS NOT NULL))`);
    // A listing had at most one open revision: its oldest open claim stays open, the others are refused.
    await queryRunner.query(`
      WITH ranked AS (
        SELECT c.*, row_number() OVER (PARTITION BY provider_id, status ORDER BY created_at, id) AS rank,
               EXISTS (SELECT 1 FROM listing_revisions r
                       WHERE r.provider_id = c.provider_id
                         AND r.status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED')) AS revision_open
        FROM listing_claims c)
      INSERT INTO listing_revisions (id, provider_id, kind, status, author_account_id, created_at, status_changed_at,
                                     decided_at, decided_by)
      SELECT id, provider_id, 'CLAIM',
             CASE WHEN status = 'OPEN' AND rank = 1 AND NOT revision_open THEN 'SUBMITTED'
                  WHEN status = 'APPROVED' THEN 'APPROVED'
                  ELSE 'REJECTED' END::listing_status,
             claimant_account_id, created_at, coalesce(decided_at, created_at), decided_at, decided_by
      FROM ranked`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX listing_revisions_one_open_claim_idx ON listing_revisions (author_account_id)
      WHERE kind = 'CLAIM' AND status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED')`);
    await queryRunner.query(`ALTER TABLE listing_audit_events DROP CONSTRAINT listing_audit_events_one_subject`);
    await this.relinkAudit(queryRunner, 'revision_id = claim_id, claim_id = NULL', 'claim_id');
    await queryRunner.query(`ALTER TABLE listing_audit_events DROP COLUMN claim_id`);
    await queryRunner.query(`DROP TABLE listing_claim_licenses, listing_claims`);
    await queryRunner.query(`DROP TYPE claim_status`);
  }

  // The audit trail is append-only; moving a claim between tables changes which column names its subject, not what
  // happened, so only this statement runs with the guard off.
  private async relinkAudit(queryRunner: QueryRunner, assignments: string, from: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE listing_audit_events DISABLE TRIGGER listing_audit_events_append_only`);
    await queryRunner.query(`
      UPDATE listing_audit_events SET ${assignments}
      WHERE ${from} IN (SELECT id FROM listing_claims)`);
    await queryRunner.query(`ALTER TABLE listing_audit_events ENABLE TRIGGER listing_audit_events_append_only`);
  }
}
