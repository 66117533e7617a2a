import { MigrationInterface, QueryRunner } from 'typeorm';

// An account's address is confirmed by a link mailed to it; until then the account cannot log in. Accounts made
// before confirmation existed were made by admins or the demo seed, so they count as confirmed.
export class AccountsConfirmEmail1795894000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE accounts ADD COLUMN email_verified_at timestamptz`);
    await queryRunner.query(`UPDATE accounts SET email_verified_at = created_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE accounts DROP COLUMN email_verified_at`);
  }
}
