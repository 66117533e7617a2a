import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AccountStatus } from '../roles';

@ObjectType({ description: 'One row of an account’s append-only audit trail' })
export class AccountAuditEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, e.g. SIGN_UP, CONFIRM_EMAIL, VERIFY_LICENSE, APPROVE, SUSPEND, END_SESSION' })
  action!: string;

  @Field(() => AccountStatus, { nullable: true, description: 'Null for the event that created the account' })
  fromStatus!: AccountStatus | null;

  @Field(() => AccountStatus)
  toStatus!: AccountStatus;

  @Field(() => String, { nullable: true, description: 'Why, or what was checked' })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who did it (the account itself, or an admin); null for the system' })
  actorAccountId!: string | null;

  @Field(() => String, { nullable: true, description: 'The display name of whoever did it' })
  actorDisplayName!: string | null;

  @Field()
  at!: Date;
}
