import type { ReferralFormDataQuery } from '../api/graphql.generated';
import { useLocale } from '../components/locale';

type FormData = ReferralFormDataQuery;

/** Who the referral goes to and where they can see the client, so a mismatch shows before the form is sent. */
export function ProviderSummary({ provider, usStates }: Pick<FormData, 'provider' | 'usStates'>) {
  const { t } = useLocale();
  const nameOf = (code: string) => usStates.find((state) => state.code === code)?.name ?? code;
  const officeStates = [...new Set(provider.locations.map((location) => location.state))].map(nameOf).sort();
  const telehealthStates = provider.offersTelehealth ? provider.telehealthStates.map(nameOf).sort() : [];
  return (
    <section className="referral-provider" aria-labelledby="referral-provider-name">
      <h2 id="referral-provider-name">{t('newReferral.to', { name: provider.displayName })}</h2>
      <ul className="usa-list">
        <li>
          {officeStates.length > 0
            ? t('newReferral.servesInPerson', { states: officeStates.join(', ') })
            : t('newReferral.noInPerson')}
        </li>
        <li>
          {telehealthStates.length > 0
            ? t('newReferral.servesTelehealth', { states: telehealthStates.join(', ') })
            : t('newReferral.noTelehealth')}
        </li>
        {provider.acceptingNewPatients && <li>{t('newReferral.accepting')}</li>}
      </ul>
      {!provider.acceptingNewPatients && (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('newReferral.notAccepting')}</p>
          </div>
        </div>
      )}
    </section>
  );
}
