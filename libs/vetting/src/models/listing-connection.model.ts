import { ManagedListing } from '@app/directory';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ManagedListingConnection {
  @Field(() => [ManagedListing])
  nodes!: ManagedListing[];

  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;
}
