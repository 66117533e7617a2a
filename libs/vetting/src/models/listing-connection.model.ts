import { ManagedListing } from '@app/directory';
import { Connection } from '@app/shared';
import { ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ManagedListingConnection extends Connection(ManagedListing) {}
