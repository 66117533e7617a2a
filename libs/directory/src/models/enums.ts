import { registerEnumType } from '@nestjs/graphql';
import { ProviderSort, ServiceMode, SpecialtyCategory } from '../search/search-criteria';

export enum ServedVia {
  IN_PERSON = 'IN_PERSON',
  TELEHEALTH = 'TELEHEALTH',
}

export enum EvidenceLevel {
  SELF_ATTESTED = 'SELF_ATTESTED',
  ADMIN_VERIFIED = 'ADMIN_VERIFIED',
  REFERRAL_CONFIRMED = 'REFERRAL_CONFIRMED',
}

registerEnumType(ServiceMode, { name: 'ServiceMode', description: 'How a provider must serve the searched state' });
registerEnumType(ServedVia, { name: 'ServedVia', description: 'How a provider serves the searched state' });
registerEnumType(SpecialtyCategory, { name: 'SpecialtyCategory' });
registerEnumType(ProviderSort, { name: 'ProviderSort' });
registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  description: 'What a care attribute rests on: the provider’s word, an admin’s check, or referral outcomes',
});
