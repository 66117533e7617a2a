import { mapNodes } from '@app/shared';
import { ReferralEntity } from './entities/referral.entity';
import { Referral, ReferralConnection, ReferralDetails, ReferralEvent } from './models/referral.model';
import { ReferralSide } from './referral-access';
import { ReferralPage, ReferralView } from './referral-queries.service';
import { ReferralEventRow } from './referral.repository';

/** The therapist's practice as a provider sees it: who sent the referral and how to reach them. */
export interface TherapistContact {
  name: string;
  email: string;
}

/** Names of the people on either side of referrals, looked up once per page. */
export interface ReferralNames {
  therapists: Map<string, TherapistContact>;
  listings: Map<string, string>;
}

/** Whitelists what leaves: never the sealed columns, the fingerprint or the idempotency key. */
export function toReferral(referral: ReferralEntity, side: ReferralSide, names: ReferralNames): Referral {
  return {
    id: referral.id,
    status: referral.status,
    reason: referral.reason,
    urgency: referral.urgency,
    clientState: referral.clientState,
    modality: referral.modality,
    accommodations: referral.accommodations,
    therapist: names.therapists.get(referral.therapistAccountId) ?? { name: '', email: '' },
    listing: { id: referral.providerId, name: names.listings.get(referral.providerId) ?? '' },
    warnings: referral.warnings,
    declineReason: referral.declineReason,
    cancelReason: referral.cancelReason,
    scheduledFor: referral.scheduledFor,
    // How the visit went is the therapist's report to us, not something to show the provider.
    outcome: side === 'THERAPIST' ? referral.outcome : null,
    expiresAt: referral.expiresAt,
    createdAt: referral.createdAt,
    updatedAt: referral.updatedAt,
    version: referral.version,
  };
}

export function toReferralDetails(view: ReferralView, names: ReferralNames): ReferralDetails {
  const { referral, client } = view;
  return {
    ...toReferral(referral, view.side, names),
    client: client && {
      name: client.name,
      email: client.email,
      phone: client.phone,
      preferredContact: referral.preferredContact,
      note: client.note,
    },
    consent: client && { method: referral.consentMethod, givenAt: referral.consentGivenAt },
    events: view.events.map((event) => toReferralEvent(event, referral)),
  };
}

export function toReferralConnection(page: ReferralPage, names: ReferralNames): ReferralConnection {
  return mapNodes(page, (referral) => toReferral(referral, page.side, names));
}

function toReferralEvent(event: ReferralEventRow, referral: ReferralEntity): ReferralEvent {
  const by =
    event.actorAccountId === null
      ? 'SYSTEM'
      : event.actorAccountId === referral.therapistAccountId
        ? 'THERAPIST'
        : 'PROVIDER';
  return { fromStatus: event.fromStatus, toStatus: event.toStatus, reason: event.reason, by, at: event.createdAt };
}
