import { MigrationInterface, QueryRunner } from 'typeorm';

// The outbox moves below the accounts so account mail (address confirmation, password reset) goes through it too.
// What a notification is about becomes a plain id: the outbox no longer knows referrals, and referrals are never
// deleted, so the foreign key had nothing left to guard. A link's token travels sealed and is erased once the mail
// is sent or given up; until then only the sealed form is stored.
export class OutboxServesEveryLibrary1795898000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_referral_id_fkey;
      ALTER TABLE notification_outbox RENAME COLUMN referral_id TO subject_id;
      ALTER TABLE notification_outbox ALTER COLUMN subject_id DROP NOT NULL;
      ALTER TABLE notification_outbox ADD COLUMN sealed_secret text;
      ALTER TABLE notification_outbox
        ADD CONSTRAINT notification_outbox_secret_until_sent
        CHECK (sealed_secret IS NULL OR (delivered_at IS NULL AND abandoned_at IS NULL));
      ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_kind_check;
      ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_kind_check CHECK (kind IN (
        'REFERRAL_RECEIVED', 'REFERRAL_UPDATED',
        'ACCOUNT_EMAIL_CONFIRMATION', 'ACCOUNT_SIGN_UP_ATTEMPT', 'ACCOUNT_PASSWORD_RESET'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM notification_outbox WHERE kind LIKE 'ACCOUNT\\_%';
      ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_kind_check;
      ALTER TABLE notification_outbox
        ADD CONSTRAINT notification_outbox_kind_check CHECK (kind IN ('REFERRAL_RECEIVED', 'REFERRAL_UPDATED'));
      ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_secret_until_sent;
      ALTER TABLE notification_outbox DROP COLUMN sealed_secret;
      ALTER TABLE notification_outbox ALTER COLUMN subject_id SET NOT NULL;
      ALTER TABLE notification_outbox RENAME COLUMN subject_id TO referral_id;
      ALTER TABLE notification_outbox
        ADD CONSTRAINT notification_outbox_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referrals (id)`);
  }
}
