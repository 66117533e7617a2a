import { InvalidInputError } from '@app/shared';
import { ContactMethod } from '../referral.vocabulary';
import { ReferralRequest } from './referral-request';

// Consent recorded a little ahead of the server's clock is a clock difference, not a promise about the future.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Rules across fields that the input validation cannot express; each failure names the field. */
export function checkReferralRequest(request: ReferralRequest, now: Date): void {
  const { consent, client } = request;
  if (!consent.clientAgreed) {
    throw InvalidInputError.field(
      'consent.clientAgreed',
      'the client must agree to the referral',
      'REFERRALS.CONSENT_REQUIRED',
    );
  }
  if (consent.givenAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw InvalidInputError.field('consent.givenAt', 'cannot be in the future');
  }
  if (client.preferredContact === ContactMethod.EMAIL && !client.email) {
    throw InvalidInputError.field('client.email', 'is required when the preferred contact is EMAIL');
  }
  if (client.preferredContact === ContactMethod.PHONE && !client.phone) {
    throw InvalidInputError.field('client.phone', 'is required when the preferred contact is PHONE');
  }
}
