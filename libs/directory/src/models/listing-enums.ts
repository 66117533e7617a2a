import { registerEnumType } from '@nestjs/graphql';
import { RevisionKind } from '../entities/listing-revision.entity';
import { ListingStatus } from '../listing/listing-lifecycle';

export enum LicenseVerification {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(ListingStatus, { name: 'ListingStatus', description: 'Only APPROVED listings are ever public' });
registerEnumType(RevisionKind, { name: 'RevisionKind' });
registerEnumType(LicenseVerification, { name: 'LicenseVerification' });
