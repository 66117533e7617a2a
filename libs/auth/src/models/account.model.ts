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

  @Field({ description: 'Whether the owner has followed the link mailed to the address' })
  emailConfirmed!: boolean;

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

@ObjectType({ description: 'The same whether or not the address already had an account' })
export class SignUpReceipt {
  @Field({ description: 'Where the confirmation link went: the address must be confirmed before logging in' })
  email!: string;

  @Field(() => Int, { description: 'How long the link works' })
  linkValidHours!: number;
}

@ObjectType()
export class AuthSession {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => Account)
  user!: Account;
}

@ObjectType()
export class AccountConnection extends Connection(Account, { order: 'Oldest first' }) {}
