import { MigrationInterface, QueryRunner } from 'typeorm';

// Log-in refusals move from whole accounts and addresses to email-and-address pairs, decided from the counts: a
// count lasts until LOGIN_LOCKOUT_MINUTES pass without a failure, so each row keeps its last failure and no longer
// a lock of its own. Existing account and address counts stay; from now on they only slow log-ins.
export class LoginThrottlesCountUntilQuiet1795891000000 implements MigrationInterface {
  name = 'LoginThrottlesCountUntilQuiet1795891000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE login_throttles DROP COLUMN locked_until`);
    await queryRunner.query(`ALTER TABLE login_throttles RENAME COLUMN window_started_at TO last_failed_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE login_throttles RENAME COLUMN last_failed_at TO window_started_at`);
    await queryRunner.query(`ALTER TABLE login_throttles ADD COLUMN locked_until timestamptz`);
  }
}
