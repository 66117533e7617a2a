import { Connection, UsState } from '@app/shared';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ListingSignalKind } from '../feedback/listing-feedback.repository';
import { ReferralAuditAction } from '../referral-journal';
import { ReferralOutcome } from '../referral.vocabulary';
import './enums';
import { ReferralListing } from './referral.model';

@ObjectType()
export class KeyCount {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

/** What the figures of a group of referrals are made of; counts only, nothing about any client. */
@ObjectType({ isAbstract: true })
export abstract class ReferralFigures {
  @Field(() => Int)
  sent!: number;

  @Field(() => Int, { description: 'Referrals the provider accepted at some point' })
  accepted!: number;

  @Field(() => [KeyCount], { description: 'Declines by reason' })
  declined!: KeyCount[];

  @Field(() => Float, { nullable: true, description: 'Median hours from sending to accept or decline' })
  medianHoursToFirstResponse!: number | null;

  @Field(() => [KeyCount], { description: 'Outcomes therapists recorded' })
  outcomes!: KeyCount[];

  @Field(() => [KeyCount], { description: 'Referrals by current status' })
  statuses!: KeyCount[];
}

@ObjectType({ description: 'How a listing answers referrals; counts only, nothing about any client' })
export class ListingReferralStatistics extends ReferralFigures {
  @Field(() => ReferralListing)
  listing!: ReferralListing;
}

@ObjectType({ description: 'How referrals for clients in one state fare; counts only, nothing about any client' })
export class StateReferralStatistics extends ReferralFigures {
  @Field(() => UsState, { description: 'The client’s state' })
  state!: UsState;
}

@ObjectType()
export class ListingReferralStatisticsConnection extends Connection(ListingReferralStatistics) {}

@ObjectType({ description: 'Who read client details or changed the referral, and when' })
export class ReferralAuditEntry {
  @Field(() => ReferralAuditAction)
  action!: ReferralAuditAction;

  @Field(() => String, { nullable: true, description: 'null: the system' })
  actorAccountId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field()
  at!: Date;
}

@ObjectType()
export class SignalCount {
  @Field(() => ListingSignalKind)
  kind!: ListingSignalKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A listing due for re-verification because of referral answers and outcomes' })
export class ListingReferralFlag {
  @Field(() => ReferralListing)
  listing!: ReferralListing;

  @Field()
  flaggedAt!: Date;

  @Field(() => [SignalCount])
  evidence!: SignalCount[];

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Int)
  threshold!: number;
}

@ObjectType({ description: 'A therapist’s note about the care a client received at a listing' })
export class ReferralOutcomeNote {
  @Field(() => ReferralOutcome)
  outcome!: ReferralOutcome;

  @Field()
  note!: string;

  @Field()
  recordedOn!: string;
}
