import { MigrationInterface, QueryRunner } from 'typeorm';

// Literal lists on purpose: a migration must keep meaning what it meant when it ran, whatever the code says later.
const REASONS = [
  'postcoital-bleeding',
  'pelvic-pain',
  'sti-screening',
  'routine-gyn-exam',
  'contraception',
  'gender-affirming-care',
  'primary-care',
  'other',
];
const SIGNAL_KINDS = [
  'DECLINED_NOT_ACCEPTING_NEW_PATIENTS',
  'DECLINED_NOT_LICENSED_IN_CLIENT_STATE',
  'COULD_NOT_CONTACT',
  'SEEN_NOT_AFFIRMING',
];
const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

export class CreateReferrals1795889000000 implements MigrationInterface {
  name = 'CreateReferrals1795889000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE referral_status AS ENUM ('SENT', 'VIEWED', 'ACCEPTED', 'DECLINED', 'SCHEDULED', 'COMPLETED', 'NO_SHOW',
        'COULD_NOT_CONTACT', 'CANCELLED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TYPE referral_urgency AS ENUM ('ROUTINE', 'SOON', 'URGENT')`);
    await queryRunner.query(`CREATE TYPE referral_modality AS ENUM ('IN_PERSON', 'TELEHEALTH', 'EITHER')`);
    await queryRunner.query(
      `CREATE TYPE referral_outcome AS ENUM ('SEEN_AFFIRMING', 'SEEN_NOT_AFFIRMING', 'NOT_SEEN')`,
    );

    // Client name, contact and note live only in client_details_sealed (AES-256-GCM, sealed by the application, the
    // referral id bound as associated data); every other column is coarse and may be shown before acceptance.
    // The id is chosen by the application because the ciphertext is bound to it before the row exists.
    await queryRunner.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY,
        therapist_account_id uuid NOT NULL REFERENCES accounts (id),
        provider_id uuid NOT NULL REFERENCES providers (id),
        idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
        request_fingerprint text NOT NULL,
        reason text NOT NULL CHECK (reason IN (${quoted(REASONS)})),
        urgency referral_urgency NOT NULL,
        client_state char(2) NOT NULL REFERENCES us_states (code),
        modality referral_modality NOT NULL,
        accommodations text[] NOT NULL DEFAULT '{}',
        preferred_contact text NOT NULL CHECK (preferred_contact IN ('EMAIL', 'PHONE', 'THERAPIST_COORDINATES')),
        consent_method text NOT NULL CHECK (consent_method IN ('VERBAL', 'WRITTEN', 'ELECTRONIC')),
        consent_given_at timestamptz NOT NULL,
        client_details_sealed text NOT NULL,
        warnings text[] NOT NULL DEFAULT '{}',
        status referral_status NOT NULL DEFAULT 'SENT',
        decline_reason text CHECK (decline_reason IN ('NOT_ACCEPTING_NEW_PATIENTS', 'SERVICE_NOT_OFFERED',
          'NOT_LICENSED_IN_CLIENT_STATE', 'NO_CAPACITY', 'OTHER')),
        cancel_reason text CHECK (cancel_reason IN ('CLIENT_CHOSE_ANOTHER_PROVIDER', 'CLIENT_WITHDREW_CONSENT',
          'NO_LONGER_NEEDED', 'SENT_IN_ERROR', 'OTHER')),
        scheduled_for date,
        outcome referral_outcome,
        outcome_note_sealed text,
        outcome_recorded_at timestamptz,
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT referrals_idempotency_key UNIQUE (therapist_account_id, idempotency_key),
        CONSTRAINT referrals_declined_has_reason CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
        CONSTRAINT referrals_cancelled_has_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
        CONSTRAINT referrals_outcome_complete CHECK ((outcome IS NULL) = (outcome_recorded_at IS NULL)),
        CONSTRAINT referrals_note_needs_outcome CHECK (outcome_note_sealed IS NULL OR outcome IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX referrals_sent_idx ON referrals (therapist_account_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX referrals_received_idx ON referrals (provider_id, created_at DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX referrals_expiry_idx ON referrals (expires_at) WHERE status IN ('SENT', 'VIEWED')`,
    );

    // Status history: reason is always a code from a controlled list, never free text. actor NULL = the system.
    await queryRunner.query(`
      CREATE TABLE referral_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referrals (id),
        actor_account_id uuid REFERENCES accounts (id),
        from_status referral_status,
        to_status referral_status NOT NULL,
        reason text CHECK (reason ~ '^[A-Z_]{1,60}$'),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, id)`);

    // Who read client details or changed anything, and when.
    await queryRunner.query(`
      CREATE TABLE referral_audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referrals (id),
        actor_account_id uuid REFERENCES accounts (id),
        action text NOT NULL CHECK (action ~ '^[A-Z_]{1,60}$'),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(
      `CREATE INDEX referral_audit_events_referral_idx ON referral_audit_events (referral_id, id)`,
    );
    for (const table of ['referral_events', 'referral_audit_events']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite()`);
    }

    // Transactional outbox: the row commits with the change; the message is rendered at delivery and names only
    // the kind of news and the referral to open.
    await queryRunner.query(`
      CREATE TABLE notification_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_account_id uuid NOT NULL REFERENCES accounts (id),
        kind text NOT NULL CHECK (kind IN ('REFERRAL_RECEIVED', 'REFERRAL_UPDATED')),
        referral_id uuid NOT NULL REFERENCES referrals (id),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        abandoned_at timestamptz,
        last_error text CHECK (char_length(last_error) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE INDEX notification_outbox_pending_idx ON notification_outbox (next_attempt_at, id)
      WHERE delivered_at IS NULL AND abandoned_at IS NULL`);

    // Signals about a listing from referral answers and outcomes: a kind and a day, nothing about the client or
    // even which referral it came from.
    await queryRunner.query(`
      CREATE TABLE listing_referral_signals (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES providers (id),
        kind text NOT NULL CHECK (kind IN (${quoted(SIGNAL_KINDS)})),
        occurred_on date NOT NULL DEFAULT current_date
      )`);
    await queryRunner.query(
      `CREATE INDEX listing_referral_signals_provider_idx ON listing_referral_signals (provider_id, occurred_on)`,
    );
    // A flag is open until the listing is verified again (providers.last_verified_at moves past it).
    await queryRunner.query(`
      CREATE TABLE listing_referral_flags (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES providers (id),
        evidence jsonb NOT NULL,
        flagged_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX listing_referral_flags_provider_idx ON listing_referral_flags (provider_id, flagged_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE listing_referral_flags, listing_referral_signals, notification_outbox, referral_audit_events,
        referral_events, referrals`);
    await queryRunner.query(`DROP TYPE referral_outcome, referral_modality, referral_urgency, referral_status`);
  }
}
