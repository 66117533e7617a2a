import { registerEnumType } from '@nestjs/graphql';
import { ListingStatus } from '../listing/listing-lifecycle';

export enum LicenseVerification {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

registerEnumType(ListingStatus, { name: 'ListingStatus', description: 'Only APPROVED listings are ever public' });
registerEnumType(LicenseVerification, { name: 'LicenseVerification' });
