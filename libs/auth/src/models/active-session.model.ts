import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One of the signed-in account’s open sessions: a log-in on one device' })
export class ActiveSession {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Browser and system, as the device named them, such as "Firefox on macOS"' })
  device!: string;

  @Field({ description: 'The network it started from, never the full address: "203.0.113.x", "2001:db8:1::/48"' })
  approximateAddress!: string;

  @Field()
  startedAt!: Date;

  @Field({ description: 'When it last renewed its access token' })
  lastSeenAt!: Date;

  @Field({ description: 'Whether this is the session asking' })
  current!: boolean;
}
