import { blankReferralForm, referralInput, type ReferralFormValues } from './referral-request.server';

const PROVIDER = '5331ed8f-6848-41fe-877f-000000000000';

function postedForm(givenAt: string): ReferralFormValues {
  return {
    ...blankReferralForm('form-key-1', givenAt),
    reason: 'pelvic-pain',
    clientState: 'KS',
    'client.name': 'Zeph',
    'client.preferredContact': 'EMAIL',
    'client.email': 'zeph@example.com',
    'consent.clientAgreed': true,
    'consent.method': 'VERBAL',
  };
}

function consentSent(givenAt: string, now: string): string | undefined {
  const prepared = referralInput(postedForm(givenAt), PROVIDER, ['KS'], new Date(now));
  return prepared.ok ? prepared.input.consent.givenAt : undefined;
}

describe('referralInput', () => {
  it('sends the same consent time when the same form is posted again later, so the retry replays', () => {
    const first = consentSent('2026-12-01', '2026-12-01T00:52:00Z');
    expect(first).toBe('2026-12-01T00:00:00.000Z');
    expect(consentSent('2026-12-01', '2026-12-01T00:53:30Z')).toBe(first);
  });

  it('stands noon UTC for an earlier day, and for today once noon has come', () => {
    expect(consentSent('2026-11-28', '2026-12-01T00:52:00Z')).toBe('2026-11-28T12:00:00.000Z');
    expect(consentSent('2026-12-01', '2026-12-01T15:00:00Z')).toBe('2026-12-01T12:00:00.000Z');
  });

  it('sends a later day as it is, for the API to refuse', () => {
    expect(consentSent('2026-12-05', '2026-12-01T00:52:00Z')).toBe('2026-12-05T12:00:00.000Z');
  });

  it('names the field when the day is not a date', () => {
    for (const day of ['', 'yesterday', '2026-02-30x', '2026-13-01']) {
      const prepared = referralInput(postedForm(day), PROVIDER, ['KS'], new Date('2026-12-01T00:52:00Z'));
      expect(prepared).toEqual({ ok: false, fieldErrors: { 'consent.givenAt': 'referralField.consent.givenAt' } });
    }
  });
});
