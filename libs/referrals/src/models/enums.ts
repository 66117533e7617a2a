import { registerEnumType } from '@nestjs/graphql';
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
import { ListingSignalKind } from '../feedback/listing-feedback.repository';
import { ReferralAuditAction } from '../referral-journal';

registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description:
    'SENT → VIEWED → ACCEPTED | DECLINED; ACCEPTED → SCHEDULED → COMPLETED; NO_SHOW, COULD_NOT_CONTACT, CANCELLED, EXPIRED',
});
registerEnumType(ReferralUrgency, {
  name: 'ReferralUrgency',
  description: 'URGENT referrals expire sooner when unanswered',
});
registerEnumType(CareModality, { name: 'CareModality' });
registerEnumType(ContactMethod, {
  name: 'ContactMethod',
  description: 'THERAPIST_COORDINATES: do not contact the client, the therapist will',
});
registerEnumType(ConsentMethod, { name: 'ConsentMethod' });
registerEnumType(DeclineReason, { name: 'DeclineReason' });
registerEnumType(CancelReason, { name: 'CancelReason' });
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome' });
registerEnumType(ReferralWarning, { name: 'ReferralWarning' });
registerEnumType(ListingSignalKind, { name: 'ListingSignalKind' });
registerEnumType(ReferralAuditAction, { name: 'ReferralAuditAction' });
