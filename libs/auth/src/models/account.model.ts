import { Connection } from '@app/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccountStatus, Role } from '../roles';
import './enums';
import { TherapistLicense } from './therapist-license.model';

@ObjectType()
export class Account {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => Int, { description: 'Changes with every status change' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field(() => [TherapistLicense], {
    nullable: true,
    description: 'A therapist’s licenses: given only to admins, in the accounts queue and license verification',
  })
  licenses?: TherapistLicense[];
}

@ObjectType()
export class AuthSession {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Account)
  user!: Account;

  @Field(() => [String], {
    nullable: true,
    description: 'Single-use stand-ins for the authenticator app, given only by the log-in that confirms it: keep them',
  })
  recoveryCodes!: string[] | null;
}

@ObjectType()
export class AccountConnection extends Connection(Account, { order: 'Oldest first' }) {}
