import { ApprovalFacts, evaluateApproval, registryProblem, reverificationDate } from './approval-checks';

const today = '2026-11-28';

function facts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
  return {
    npi: '9100000010',
    npiCheckDigitValid: true,
    npiUnique: true,
    licenses: [
      {
        state: 'KS',
        licenseType: 'MD',
        number: 'A1',
        expiresOn: '2028-01-31',
        verification: 'VERIFIED',
        verifiedAt: today,
        verificationSource: 'KS board',
      },
    ],
    specialties: [{ code: '207VG0400X', category: 'gynecology' }],
    attestation: { version: 'v2', attestedAt: '2026-11-27T10:00:00Z' },
    currentAttestationVersion: 'v2',
    careAttributes: [
      { slug: 'lgbtq-affirming', evidence: 'SELF_ATTESTED', evidencedOn: today },
      { slug: 'trauma-informed', evidence: 'ADMIN_VERIFIED', evidencedOn: today },
    ],
    baselineAttributes: ['lgbtq-affirming', 'trauma-informed'],
    ...overrides,
  };
}

describe('evaluateApproval', () => {
  const sut = evaluateApproval;

  it('passes a complete listing and records what was checked', () => {
    const { checks, problems } = sut(facts(), today);
    expect(problems).toEqual([]);
    expect(checks.npi).toEqual({ value: '9100000010', checkDigitValid: true, unique: true });
    expect(checks.licenses[0].active).toBe(true);
    expect(checks.attestation.current).toBe(true);
    expect(checks.reverifyOn).toBe('2027-11-28');
  });

  it.each<[string, Partial<ApprovalFacts>, string]>([
    ['an NPI failing its check digit', { npiCheckDigitValid: false }, 'npi'],
    ['an NPI another listing uses', { npiUnique: false }, 'npi'],
    [
      'no license verified',
      {
        licenses: [{ ...facts().licenses[0], verification: 'UNVERIFIED', verifiedAt: null, verificationSource: null }],
      },
      'licenseVerifications',
    ],
    [
      'only an expired verified license',
      { licenses: [{ ...facts().licenses[0], expiresOn: '2026-11-27' }] },
      'licenseVerifications',
    ],
    ['no in-scope specialty', { specialties: [{ code: 'X', category: null }] }, 'specialties'],
    ['no attestation', { attestation: { version: null, attestedAt: null } }, 'attestation'],
    ['an outdated attestation', { attestation: { version: 'v1', attestedAt: '2025-01-01T00:00:00Z' } }, 'attestation'],
    ['a missing baseline attribute', { careAttributes: [facts().careAttributes[0]] }, 'careAttributes'],
  ])('refuses %s', (_case, overrides, field) => {
    const { problems } = sut(facts(overrides), today);
    expect(problems.map((p) => p.field)).toEqual([field]);
  });

  const undated = { ...facts().licenses[0], state: 'MO', number: 'B2', expiresOn: null };

  it('refuses a listing whose licenses have no expiry, naming each one the provider must date', () => {
    const unverified = { ...undated, verification: 'UNVERIFIED', verifiedAt: null, verificationSource: null };
    const { problems } = sut(facts({ licenses: [unverified, { ...unverified, state: 'KS', number: 'A1' }] }), today);
    expect(problems).toEqual([
      { field: 'licenseVerifications', reason: 'at least one active license must be verified' },
      { field: 'licenses.0.expiresOn', reason: 'the MO MD license B2 has no expiry; the provider must enter it' },
      { field: 'licenses.1.expiresOn', reason: 'the KS MD license A1 has no expiry; the provider must enter it' },
    ]);
  });

  it('passes on a dated license, counting an undated one as inactive and out of the re-verification date', () => {
    const { checks, problems } = sut(facts({ licenses: [facts().licenses[0], undated] }), today);
    expect(problems).toEqual([]);
    expect(checks.licenses.map((l) => l.active)).toEqual([true, false]);
    expect(checks.reverifyOn).toBe('2027-11-28');
  });
});

describe('reverificationDate', () => {
  const sut = reverificationDate;

  it('is twelve months out without an earlier license expiry', () => {
    expect(sut(today, ['2029-01-01'])).toBe('2027-11-28');
  });

  it('is the earliest active license expiry when sooner', () => {
    expect(sut(today, ['2027-09-30', '2027-03-31'])).toBe('2027-03-31');
  });
});

describe('registryProblem', () => {
  it('refuses an NPI the registry deactivated, naming it and the date', () => {
    expect(registryProblem('9100000007', { active: false, deactivatedOn: '2026-10-01' })).toEqual({
      field: 'npi',
      reason: 'NPI 9100000007 was deactivated in the NPI registry on 2026-10-01',
    });
  });

  it('passes an active or reactivated NPI, and one the registry does not have', () => {
    expect(registryProblem('9100000007', { active: true, deactivatedOn: '2026-10-01' })).toBeNull();
    expect(registryProblem('9100000007', null)).toBeNull();
  });
});
