import { randomUUID } from 'node:crypto';

/** Client details distinctive enough to search for in rows, mails and logs. */
export const CLIENT = {
  name: 'Zephyrine',
  email: 'zephyrine.private@example.test',
  phone: '+1 785 555 0199',
  note: 'Bleeding after sex for three weeks; very anxious about speculum exams.',
};

export const OUTCOME_NOTE = 'Provider used the wrong name twice; client felt unsafe';

export interface ReferralInputOverrides {
  [field: string]: unknown;
}

/** A complete, valid createReferral input for a client in KS wanting in-person care. */
export function aReferralInput(providerId: string, overrides: ReferralInputOverrides = {}): Record<string, unknown> {
  return {
    providerId,
    idempotencyKey: `key-${randomUUID()}`,
    reason: 'postcoital-bleeding',
    urgency: 'SOON',
    clientState: 'KS',
    modality: 'IN_PERSON',
    accommodations: ['patient-paced-exam'],
    client: { name: CLIENT.name, email: CLIENT.email, phone: CLIENT.phone, preferredContact: 'EMAIL' },
    note: CLIENT.note,
    consent: { clientAgreed: true, method: 'VERBAL', givenAt: new Date(Date.now() - 3600_000).toISOString() },
    ...overrides,
  };
}

/** The same referral as the service receives it, once GraphQL has parsed the input: the consent time is a Date. */
export function aReferralRequest(providerId: string, overrides: ReferralInputOverrides = {}): Record<string, unknown> {
  const input = aReferralInput(providerId, overrides);
  const consent = input.consent as { givenAt: string } | undefined;
  return { ...input, consent: consent && { ...consent, givenAt: new Date(consent.givenAt) } };
}
