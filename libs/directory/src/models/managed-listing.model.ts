import { UsState } from '@app/shared';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ListingStatus } from '../listing/listing-lifecycle';
import { LicenseVerification } from './listing-enums';
import { ListingProfile } from './listing-profile.model';

@ObjectType()
export class ListingLicense {
  @Field(() => UsState)
  state!: string;

  @Field()
  licenseType!: string;

  @Field()
  number!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD; null until the provider enters it (a draft started from the NPI registry, which gives none)',
  })
  expiresOn!: string | null;
}

@ObjectType({ description: 'A license with what an admin found when verifying it' })
export class ManagedLicense extends ListingLicense {
  @Field(() => ID)
  id!: string;

  @Field(() => LicenseVerification)
  verification!: LicenseVerification;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Where the admin checked it, e.g. the state board’s lookup' })
  verificationSource!: string | null;
}

@ObjectType({ description: 'A practice location as its owner entered it, hidden street included' })
export class ManagedLocation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field()
  hideStreet!: boolean;

  @Field()
  city!: string;

  @Field(() => UsState)
  state!: string;

  @Field()
  zip!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType()
export class ListingAttestation {
  @Field()
  version!: string;

  @Field()
  attestedAt!: Date;

  @Field({ description: 'Whether this is the current version of the statement' })
  current!: boolean;
}

@ObjectType()
export class AffirmingCareAttestation {
  @Field()
  version!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class SpecialtyChoice {
  @Field()
  code!: string;

  @Field()
  primary!: boolean;
}

@ObjectType({ description: 'Proposed values of the vetted fields' })
export class VettedChanges {
  @Field()
  npi!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => String, { nullable: true })
  chosenName!: string | null;

  @Field(() => String, { nullable: true })
  chosenLastName!: string | null;

  @Field(() => [String])
  credentials!: string[];

  @Field(() => [SpecialtyChoice])
  specialties!: SpecialtyChoice[];

  @Field(() => [String])
  careAttributes!: string[];

  @Field(() => [ListingLicense])
  licenses!: ListingLicense[];
}

@ObjectType({
  description: 'Changes to vetted fields, reviewed on their own while the approved listing stays public',
})
export class ListingRevision {
  @Field(() => ID)
  id!: string;

  @Field(() => ListingStatus)
  status!: ListingStatus;

  @Field(() => ID)
  authorAccountId!: string;

  @Field(() => VettedChanges)
  changes!: VettedChanges;

  @Field()
  createdAt!: Date;

  @Field()
  statusChangedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType({ description: 'What the team wrote with a decision that waits on the provider' })
export class ListingDecisionNote {
  @Field(() => ListingStatus, { description: 'CHANGES_REQUESTED, REJECTED or SUSPENDED' })
  status!: ListingStatus;

  @Field({ description: 'The reason the admin gave, written for the provider to read' })
  reason!: string;

  @Field()
  decidedAt!: Date;
}

@ObjectType({
  description: 'A listing as its owner and admins see it: the approved (or draft) version plus its revisions',
})
export class ManagedListing extends ListingProfile {
  @Field(() => ID)
  id!: string;

  @Field(() => ListingStatus)
  status!: ListingStatus;

  @Field(() => ListingStatus, {
    description: 'Status of what awaits a decision: the open revision if any, else the listing',
  })
  reviewStatus!: ListingStatus;

  @Field(() => Int, { description: 'Pass back with admin decisions; a stale version is a CONFLICT' })
  version!: number;

  @Field(() => ID, { nullable: true })
  ownerAccountId!: string | null;

  @Field()
  npi!: string;

  @Field({ description: 'Legal first name, as on the license' })
  firstName!: string;

  @Field({ description: 'Legal last name, as on the license' })
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'Chosen first name, shown publicly with chosenLastName' })
  chosenName!: string | null;

  @Field(() => String, { nullable: true, description: 'Chosen last name, shown publicly with chosenName' })
  chosenLastName!: string | null;

  @Field(() => [ManagedLocation])
  locations!: ManagedLocation[];

  @Field(() => [ManagedLicense])
  licenses!: ManagedLicense[];

  @Field(() => ListingAttestation, { nullable: true })
  attestation!: ListingAttestation | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set by each approval' })
  reverifyOn!: string | null;

  @Field()
  statusChangedAt!: Date;

  @Field(() => ListingRevision, { nullable: true })
  openRevision!: ListingRevision | null;

  @Field(() => [ListingRevision], { description: 'Newest first' })
  revisions!: ListingRevision[];

  @Field(() => ListingDecisionNote, {
    nullable: true,
    description:
      'Why, while reviewStatus is CHANGES_REQUESTED, REJECTED or SUSPENDED: the reason given with that decision',
  })
  decisionNote!: ListingDecisionNote | null;
}
