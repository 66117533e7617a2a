import { Connection, UsState } from '@app/shared';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CancelReason,
  CareModality,
  ConsentMethod,
  ContactMethod,
  DeclineReason,
  ReferralOutcome,
  ReferralStatus,
  ReferralUrgency,
  ReferralWarning,
} from '../referral.vocabulary';
import './enums';

@ObjectType({ description: 'The sending therapist’s practice, for the provider to reach' })
export class ReferralTherapist {
  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType()
export class ReferralListing {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A referral without anything that identifies the client' })
export class Referral {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field()
  reason!: string;

  @Field(() => ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => UsState, { description: 'The state the client is in' })
  clientState!: UsState;

  @Field(() => CareModality)
  modality!: CareModality;

  @Field(() => [String], { description: 'Care attribute slugs the client needs' })
  accommodations!: string[];

  @Field(() => ReferralTherapist)
  therapist!: ReferralTherapist;

  @Field(() => ReferralListing)
  listing!: ReferralListing;

  @Field(() => [ReferralWarning], {
    description: 'Recorded when it was sent, e.g. the provider was not taking new patients',
  })
  warnings!: ReferralWarning[];

  @Field(() => DeclineReason, { nullable: true })
  declineReason!: DeclineReason | null;

  @Field(() => CancelReason, { nullable: true })
  cancelReason!: CancelReason | null;

  @Field(() => String, { nullable: true, description: 'Appointment date, when scheduled with one' })
  scheduledFor!: string | null;

  @Field(() => ReferralOutcome, { nullable: true, description: 'Only the sending therapist sees it' })
  outcome!: ReferralOutcome | null;

  @Field({ description: 'Unanswered by then, it expires' })
  expiresAt!: Date;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'Who the client is and how to reach them: released to the provider only after they accept' })
export class ReferralClient {
  @Field({ description: 'First name or initials' })
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => ContactMethod)
  preferredContact!: ContactMethod;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class ReferralConsent {
  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field()
  givenAt!: Date;
}

@ObjectType()
export class ReferralEvent {
  @Field(() => ReferralStatus, { nullable: true, description: 'null for the referral being sent' })
  fromStatus!: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus!: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'Decline or cancel reason code' })
  reason!: string | null;

  @Field({ description: 'THERAPIST, PROVIDER or SYSTEM (expiry)' })
  by!: string;

  @Field()
  at!: Date;
}

@ObjectType({ description: 'One referral as its reader may see it' })
export class ReferralDetails extends Referral {
  @Field(() => ReferralClient, {
    nullable: true,
    description: 'null for the provider until they accept; every read is audited',
  })
  client!: ReferralClient | null;

  @Field(() => ReferralConsent, { nullable: true, description: 'Released with the client details' })
  consent!: ReferralConsent | null;

  @Field(() => [ReferralEvent], { description: 'Every status change, oldest first' })
  events!: ReferralEvent[];
}

@ObjectType()
export class ReferralConnection extends Connection(Referral, { order: 'Newest first' }) {}
