import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AccountStatus, Role } from '../roles';

@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  /** Argon2id PHC string; never leaves the auth library. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'account_role' })
  role!: Role;

  @Column({ type: 'enum', enum: AccountStatus, enumName: 'account_status' })
  status!: AccountStatus;

  /** Part of every token; raising it (suspension) invalidates every token already issued. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion!: number;

  /** Set when the owner follows the link mailed at sign-up; null accounts cannot log in. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
