import { useLocale } from '../../components/locale';
import type { DueReason } from './due-reasons';

/** A license as admins name it: state, type and number. */
export function licenseName(license: { state: string; licenseType: string; number: string }): string {
  return `${license.state} ${license.licenseType} ${license.number}`;
}

/** Why a listing is due for re-verification, with the counts behind a referral flag. */
export function DueReasonList({
  reasons,
  reverifyOn,
  today,
}: {
  reasons: DueReason[];
  reverifyOn: string | null;
  today: string;
}) {
  const { t, date } = useLocale();
  return (
    <ul className="usa-list due-reasons">
      {reasons.map((reason) => {
        if (reason.kind === 'referrals') {
          const { flag } = reason;
          return (
            <li key="referrals">
              {t('reverify.reason.referrals', {
                date: date(flag.flaggedAt),
                threshold: flag.threshold,
                days: flag.windowDays,
              })}
              <ul className="usa-list">
                {flag.evidence.map((signal) => (
                  <li key={signal.kind}>
                    {t(`reverify.signal.${signal.kind}`)}: {signal.count}
                  </li>
                ))}
              </ul>
            </li>
          );
        }
        if (reason.kind === 'registry') {
          return <li key="registry">{t('reverify.reason.registry', { date: date(reason.deactivatedOn) })}</li>;
        }
        if (reason.kind === 'license') {
          const { license } = reason;
          const key = license.expiresOn < today ? 'reverify.reason.licenseExpired' : 'reverify.reason.licenseExpires';
          return <li key={license.id}>{t(key, { license: licenseName(license), date: date(license.expiresOn) })}</li>;
        }
        return <li key="date">{t('reverify.reason.date', { date: reverifyOn ? date(reverifyOn) : '' })}</li>;
      })}
    </ul>
  );
}
