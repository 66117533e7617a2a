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

@ObjectType({ description: 'A signed-in session: a short access token and the refresh token that renews it' })
export class AuthSession {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @Field({ description: 'When the access token stops working: trade the refresh token for a new one before then' })
  expiresAt!: Date;

  @Field({
    description:
      'Works once, with refreshSession, which answers a new pair; a refresh token used a second time ends the session',
  })
  refreshToken!: string;

  @Field({ description: 'When the refresh token (and so the session) ends unless it is used before' })
  refreshTokenExpiresAt!: Date;

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
