import { UsState } from '@app/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ClaimStatus } from '../listing/listing-claim-rules';

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: 'An OPEN claim waits for an admin until it expires; the others are final',
});

@ObjectType({ description: 'A license the claimant entered as evidence' })
export class ClaimLicense {
  @Field(() => UsState)
  state!: string;

  @Field()
  licenseType!: string;

  @Field()
  number!: string;
}

@ObjectType({ description: 'A request to own an existing listing, decided by an admin' })
export class ListingClaim {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'NPI of the claimed listing' })
  npi!: string;

  @Field(() => ClaimStatus)
  status!: ClaimStatus;

  @Field(() => [ClaimLicense])
  licenses!: ClaimLicense[];

  @Field()
  createdAt!: Date;

  @Field({ description: 'An open claim not decided by then expires' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided, withdrawn or expired' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The admin’s reason or note' })
  reason!: string | null;
}
