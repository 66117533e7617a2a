import { FieldProblem } from '@app/shared';

/** What approval looks at, gathered from the listing as it will be published. */
export interface ApprovalFacts {
  npi: string;
  npiCheckDigitValid: boolean;
  npiUnique: boolean;
  licenses: Array<{
    state: string;
    licenseType: string;
    number: string;
    /** Null until the provider enters it: such a license is never active. */
    expiresOn: string | null;
    verification: string;
    verifiedAt: string | null;
    verificationSource: string | null;
  }>;
  specialties: Array<{ code: string; category: string | null }>;
  attestation: { version: string | null; attestedAt: string | null };
  currentAttestationVersion: string;
  careAttributes: Array<{ slug: string; evidence: string; evidencedOn: string }>;
  baselineAttributes: string[];
}

/** The record of one approval, kept in the audit row. */
export interface ApprovalChecks {
  npi: { value: string; checkDigitValid: boolean; unique: boolean };
  licenses: Array<ApprovalFacts['licenses'][number] & { active: boolean }>;
  specialties: Array<{ code: string; category: string | null; inScope: boolean }>;
  attestation: { version: string | null; attestedAt: string | null; current: boolean };
  careAttributes: ApprovalFacts['careAttributes'];
  missingBaselineAttributes: string[];
  reverifyOn: string;
}

const IN_SCOPE_CATEGORIES = ['gynecology', 'primary-care'];
const REVERIFY_AFTER_MONTHS = 12;

/** Evaluates the approval rules; `problems` is empty when the listing may be approved. */
export function evaluateApproval(
  facts: ApprovalFacts,
  today: string,
): { checks: ApprovalChecks; problems: FieldProblem[] } {
  const licenses = facts.licenses.map((l) => ({
    ...l,
    active: l.verification === 'VERIFIED' && l.expiresOn !== null && l.expiresOn >= today,
  }));
  const specialties = facts.specialties.map((s) => ({
    ...s,
    inScope: s.category !== null && IN_SCOPE_CATEGORIES.includes(s.category),
  }));
  const attestationCurrent = facts.attestation.version === facts.currentAttestationVersion;
  const carried = facts.careAttributes.map((a) => a.slug);
  const missingBaselineAttributes = facts.baselineAttributes.filter((slug) => !carried.includes(slug));
  const checks: ApprovalChecks = {
    npi: { value: facts.npi, checkDigitValid: facts.npiCheckDigitValid, unique: facts.npiUnique },
    licenses,
    specialties,
    attestation: { ...facts.attestation, current: attestationCurrent },
    careAttributes: facts.careAttributes,
    missingBaselineAttributes,
    reverifyOn: reverificationDate(
      today,
      licenses.flatMap((l) => (l.active && l.expiresOn ? [l.expiresOn] : [])),
    ),
  };
  const problems: FieldProblem[] = [];
  if (!facts.npiCheckDigitValid) problems.push({ field: 'npi', reason: 'fails the NPI check digit' });
  if (!facts.npiUnique) problems.push({ field: 'npi', reason: 'is used by another listing' });
  if (!licenses.some((l) => l.active)) {
    problems.push({ field: 'licenseVerifications', reason: 'at least one active license must be verified' });
    problems.push(...undatedLicenseProblems(facts.licenses));
  }
  if (!specialties.some((s) => s.inScope))
    problems.push({ field: 'specialties', reason: 'needs at least one gynecology or primary-care specialty' });
  if (!attestationCurrent)
    problems.push({
      field: 'attestation',
      reason: 'the provider has not affirmed the current affirming-care statement',
    });
  if (missingBaselineAttributes.length) {
    problems.push({
      field: 'careAttributes',
      reason: `missing baseline attributes: ${missingBaselineAttributes.join(', ')}`,
    });
  }
  return { checks, problems };
}

// Without an active license, the licenses whose expiry was never entered (a draft from the NPI registry) say why.
function undatedLicenseProblems(licenses: ApprovalFacts['licenses']): FieldProblem[] {
  return licenses.flatMap((l, index) =>
    l.expiresOn === null
      ? [
          {
            field: `licenses.${index}.expiresOn`,
            reason: `the ${l.state} ${l.licenseType} license ${l.number} has no expiry; the provider must enter it`,
          },
        ]
      : [],
  );
}

/** The registry's word on an NPI: a listing of an NPI the registry deactivated is not approved or re-verified. */
export interface RegistryStanding {
  active: boolean;
  deactivatedOn: string | null;
}

/** The problem with the NPI's registry record, if any; an NPI the registry lacks passes (it may not be loaded). */
export function registryProblem(npi: string, standing: RegistryStanding | null): FieldProblem | null {
  if (!standing || standing.active) return null;
  return { field: 'npi', reason: `NPI ${npi} was deactivated in the NPI registry on ${standing.deactivatedOn}` };
}

/** Twelve months from today, or the earliest expiry of an active verified license when that comes sooner. */
export function reverificationDate(today: string, activeLicenseExpiries: string[]): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + REVERIFY_AFTER_MONTHS);
  const inAYear = date.toISOString().slice(0, 10);
  return [inAYear, ...activeLicenseExpiries].sort()[0];
}
