import { ListingClaim, ListingStatus, ManagedLicense } from '@app/directory';
import { Connection } from '@app/shared';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The claimed listing, with the licenses on file to compare with the claimant’s' })
export class ClaimedListing {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Legal name, as on the license' })
  name!: string;

  @Field({ description: 'Legal first name' })
  firstName!: string;

  @Field({ description: 'Legal last name' })
  lastName!: string;

  @Field()
  npi!: string;

  @Field(() => ListingStatus)
  status!: ListingStatus;

  @Field(() => [ManagedLicense])
  licenses!: ManagedLicense[];
}

@ObjectType({ description: 'The account asking to own the listing' })
export class Claimant {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field({ description: 'Whether the claimant has confirmed the email address' })
  emailVerified!: boolean;
}

@ObjectType({ description: 'A claim with its evidence: the claimant, the licenses entered, and the listing' })
export class ClaimForReview extends ListingClaim {
  @Field(() => ClaimedListing)
  listing!: ClaimedListing;

  @Field(() => Claimant)
  claimant!: Claimant;
}

@ObjectType()
export class ClaimForReviewConnection extends Connection(ClaimForReview, { order: 'Oldest first' }) {}
