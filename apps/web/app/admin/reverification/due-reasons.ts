import type { ReferralFlagFieldsFragment, ReverifiedLicenseFieldsFragment } from '../../api/graphql.generated';

export type DueReason =
  | { kind: 'referrals'; flag: ReferralFlagFieldsFragment }
  | { kind: 'license'; license: DatedLicense }
  | { kind: 'registry'; deactivatedOn: string }
  | { kind: 'date' };

/** A license whose expiry the provider entered (a draft from the NPI registry starts without one). */
export type DatedLicense = ReverifiedLicenseFieldsFragment & { expiresOn: string };

const isDated = (license: ReverifiedLicenseFieldsFragment): license is DatedLicense => license.expiresOn !== null;

export interface DueListing {
  reverifyOn: string | null;
  licenses: ReverifiedLicenseFieldsFragment[];
  /** The NPI registry's word on the NPI; null when the registry does not have it. */
  registryRecord?: { active: boolean; deactivatedOn?: string | null } | null;
}

/** How far ahead the list looks, as the `due` filter in the address says it. */
export const DUE_WINDOWS = { now: 0, '30': 30, '90': 90 } as const;
export type DueWindow = keyof typeof DUE_WINDOWS;

export function dueWindowOf(value: string | null): DueWindow {
  return value && value in DUE_WINDOWS ? (value as DueWindow) : 'now';
}

/** YYYY-MM-DD, `days` from `today`. */
export function dayAfter(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Why a listing is due: the referral signals that flagged it, the NPI registry's deactivation of its NPI (the registry
 * import flags such listings), each license that expires before its re-verification date or within the window the
 * admin looks at, and otherwise the yearly date itself. A rejected license was never relied on, so its expiry is no
 * reason; nor is a license without an expiry, which cannot have been verified.
 */
export function dueReasons(listing: DueListing, flag: ReferralFlagFieldsFragment | undefined, windowEnd: string) {
  const horizon = listing.reverifyOn && listing.reverifyOn > windowEnd ? listing.reverifyOn : windowEnd;
  const reasons: DueReason[] = [];
  if (flag) reasons.push({ kind: 'referrals', flag });
  const registry = listing.registryRecord;
  if (registry && !registry.active && registry.deactivatedOn)
    reasons.push({ kind: 'registry', deactivatedOn: registry.deactivatedOn });
  for (const license of listing.licenses) {
    if (isDated(license) && license.verification !== 'REJECTED' && license.expiresOn <= horizon)
      reasons.push({ kind: 'license', license });
  }
  if (reasons.length === 0) reasons.push({ kind: 'date' });
  return reasons;
}

/** The open referral flags, by the listing they are about. */
export function flagsByListing(flags: ReferralFlagFieldsFragment[]): Map<string, ReferralFlagFieldsFragment> {
  return new Map(flags.map((flag) => [flag.listing.id, flag]));
}
