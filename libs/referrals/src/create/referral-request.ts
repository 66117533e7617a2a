import { UsState } from '@app/shared';
import { createHmac } from 'node:crypto';
import { CareModality, ConsentMethod, ContactMethod, ReferralReason, ReferralUrgency } from '../referral.vocabulary';

/** Everything a therapist sends; the client's name, contact and note are sealed before anything is stored. */
export interface ReferralRequest {
  providerId: string;
  idempotencyKey: string;
  reason: ReferralReason;
  urgency: ReferralUrgency;
  clientState: UsState;
  modality: CareModality;
  accommodations: string[];
  client: {
    name: string;
    email?: string | null;
    phone?: string | null;
    preferredContact: ContactMethod;
  };
  note?: string | null;
  consent: {
    clientAgreed: boolean;
    method: ConsentMethod;
    givenAt: Date;
  };
}

/**
 * Identifies "the same input" for idempotent replays. Keyed by the app secret: a plain hash of a first name and a
 * phone number could be reversed by guessing.
 */
export function requestFingerprint(secret: string, request: ReferralRequest): string {
  const canonical = JSON.stringify([
    request.providerId,
    request.reason,
    request.urgency,
    request.clientState,
    request.modality,
    [...request.accommodations].sort(),
    request.client.name,
    request.client.email ?? null,
    request.client.phone ?? null,
    request.client.preferredContact,
    request.note ?? null,
    request.consent.clientAgreed,
    request.consent.method,
    request.consent.givenAt.toISOString(),
  ]);
  return createHmac('sha256', secret).update('referral-request-v1\n').update(canonical).digest('base64url');
}
