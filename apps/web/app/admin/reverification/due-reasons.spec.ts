import type { ReverifiedLicenseFieldsFragment } from '../../api/graphql.generated';
import { dayAfter, dueReasons, dueWindowOf } from './due-reasons';

const TODAY = '2026-11-30';

function aLicense(
  expiresOn: string | null,
  verification: 'VERIFIED' | 'UNVERIFIED' | 'REJECTED' = 'VERIFIED',
): ReverifiedLicenseFieldsFragment {
  return {
    id: expiresOn ?? 'undated',
    state: 'KS',
    licenseType: 'MD',
    number: '123',
    expiresOn,
    verification,
    verificationSource: null,
    verifiedAt: null,
  };
}

const flag = {
  flaggedAt: '2026-11-29T10:00:00Z',
  threshold: 3,
  windowDays: 90,
  evidence: [{ kind: 'COULD_NOT_CONTACT' as const, count: 3 }],
  listing: { id: 'listing' },
};

describe('why a listing is due for re-verification', () => {
  it('is its yearly date when no license expires and no referral flagged it', () => {
    expect(dueReasons({ reverifyOn: '2026-11-20', licenses: [aLicense('2027-06-01')] }, undefined, TODAY)).toEqual([
      { kind: 'date' },
    ]);
  });

  it('names each license that expires before the date or within the window, rejected ones aside', () => {
    const expiring = aLicense('2026-12-20');
    const listing = { reverifyOn: '2026-12-20', licenses: [expiring, aLicense('2026-12-01', 'REJECTED')] };
    expect(dueReasons(listing, undefined, dayAfter(TODAY, 30))).toEqual([{ kind: 'license', license: expiring }]);
  });

  it('ignores a license whose expiry the provider has not entered', () => {
    const listing = { reverifyOn: '2027-06-01', licenses: [aLicense(null, 'UNVERIFIED')] };
    expect(dueReasons(listing, undefined, dayAfter(TODAY, 90))).toEqual([{ kind: 'date' }]);
  });

  it('puts the referral flag first, with its counts', () => {
    expect(dueReasons({ reverifyOn: TODAY, licenses: [] }, flag, TODAY)).toEqual([{ kind: 'referrals', flag }]);
  });

  it('names the NPI registry’s deactivation of the NPI, but not a registry record that is active', () => {
    const licenses = [aLicense('2027-06-01')];
    const deactivated = { active: false, deactivatedOn: '2026-11-02' };
    expect(dueReasons({ reverifyOn: TODAY, licenses, registryRecord: deactivated }, undefined, TODAY)).toEqual([
      { kind: 'registry', deactivatedOn: '2026-11-02' },
    ]);
    const reactivated = { active: true, deactivatedOn: '2026-01-02' };
    expect(dueReasons({ reverifyOn: TODAY, licenses, registryRecord: reactivated }, undefined, TODAY)).toEqual([
      { kind: 'date' },
    ]);
  });

  it('reads the window from the address, due now unless it says 30 or 90 days', () => {
    expect([dueWindowOf('30'), dueWindowOf('90'), dueWindowOf('7'), dueWindowOf(null)]).toEqual([
      '30',
      '90',
      'now',
      'now',
    ]);
  });
});
