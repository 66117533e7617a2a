import { data } from 'react-router';
import { DirectoryApi } from '../api/directory-api.server';
import type { PracticeLocation, Provider } from '../api/schema-types.generated';
import { CareAttributes } from '../components/care-attributes';
import { ReferLink } from '../components/refer-link';
import { useLocale } from '../components/locale';
import { RouteErrorPage } from '../components/error-pages';
import { metaTags, pageMeta, requestLocale } from '../seo/page-meta';
import { resultsPageOf } from '../search/results-page';
import { vocabularyNames, type VocabularyNames } from '../search/vocabulary-names';
import type { Route } from './+types/provider';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const api = new DirectoryApi(context.api);
  const locale = requestLocale(request);
  const [provider, vocabularies] = await Promise.all([api.provider(params.id ?? ''), api.vocabularies(locale.lang)]);
  if (!provider) throw data(null, { status: 404 });
  const stateNames = new Map(vocabularies.usStates.map((s) => [s.code, s.name]));
  return {
    provider: inVisitorLanguage(provider, vocabularyNames(vocabularies)),
    telehealthStateNames: provider.telehealthStates.map((code) => stateNames.get(code) ?? code),
    resultsPage: resultsPageOf(request.headers.get('referer'), request.url),
    meta: pageMeta(locale, context.siteUrl, {
      titleKey: 'title.provider',
      description: locale.t('meta.providerDescription', { name: provider.displayName }),
      path: `/providers/${provider.id}`,
    }),
  };
}

function inVisitorLanguage(provider: Provider, names: VocabularyNames): Provider {
  return {
    ...provider,
    specialties: provider.specialties.map((s) => ({ ...s, name: names.specialty(s) })),
    careAttributes: provider.careAttributes.map((a) => ({ ...a, name: names.careAttribute(a) })),
    languages: provider.languages.map((l) => ({ ...l, name: names.language(l) })),
  };
}

export const meta = ({ data }: Route.MetaArgs) => metaTags(data?.meta);

export default function ProviderPage({ loaderData }: Route.ComponentProps) {
  const { provider, telehealthStateNames, resultsPage } = loaderData;
  const { t, href, date } = useLocale();
  return (
    <main id="main-content" className="grid-container padding-y-4 provider-profile">
      <p>
        {resultsPage ? (
          <a href={resultsPage}>{t('provider.backToResults')}</a>
        ) : (
          <a href={href('/search')}>{t('provider.backToSearch')}</a>
        )}
      </p>
      <h1>{provider.displayName}</h1>
      {provider.pronouns && (
        <p className="provider-profile__pronouns">{t('provider.pronouns', { pronouns: provider.pronouns })}</p>
      )}
      <p>
        <span className={`usa-tag${provider.acceptingNewPatients ? ' usa-tag--big bg-green' : ''}`}>
          {provider.acceptingNewPatients ? t('result.accepting') : t('result.notAccepting')}
        </span>
      </p>
      {provider.lastVerifiedAt && <p>{t('provider.lastVerified', { date: date(provider.lastVerifiedAt) })}</p>}
      <ReferLink providerId={provider.id} providerName={provider.displayName} />
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-7">
          {provider.bio && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading">{t('provider.about')}</h2>
              <p className="provider-profile__bio">{provider.bio}</p>
            </section>
          )}
          <section aria-labelledby="care-heading">
            <h2 id="care-heading">{t('provider.care')}</h2>
            <CareAttributes attributes={provider.careAttributes} />
          </section>
          <section aria-labelledby="specialties-heading">
            <h2 id="specialties-heading">{t('provider.specialties')}</h2>
            <ul className="usa-list">
              {provider.specialties.map((s) => (
                <li key={s.code}>{s.primary ? t('provider.primarySpecialty', { name: s.name }) : s.name}</li>
              ))}
            </ul>
          </section>
        </div>
        <div className="desktop:grid-col-5">
          <section aria-labelledby="locations-heading">
            <h2 id="locations-heading">{t('provider.locations')}</h2>
            {provider.locations.map((location) => (
              <Location key={location.id} location={location} />
            ))}
            <h3>{t('provider.telehealth')}</h3>
            <p>
              {telehealthStateNames.length > 0
                ? t('provider.telehealthStates', { states: telehealthStateNames.join(', ') })
                : t('provider.noTelehealth')}
            </p>
            {provider.phone && <p>{t('provider.phone', { phone: provider.phone })}</p>}
          </section>
          <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t('provider.languages')}</h2>
            <p>{provider.languages.map((l) => l.name).join(', ')}</p>
          </section>
          <section aria-labelledby="insurance-heading">
            <h2 id="insurance-heading">{t('provider.insurance')}</h2>
            {provider.insurancePlans.length > 0 ? (
              <ul className="usa-list">
                {provider.insurancePlans.map((plan) => (
                  <li key={plan.slug}>{plan.name}</li>
                ))}
              </ul>
            ) : (
              <p>{t('provider.noInsurance')}</p>
            )}
          </section>
        </div>
      </div>
    </main>
  );
}

function Location({ location }: { location: PracticeLocation }) {
  const { t } = useLocale();
  return (
    <address className="provider-location">
      {location.name && (
        <>
          <strong>{location.name}</strong>
          <br />
        </>
      )}
      {location.street ? (
        <>
          {location.street}
          <br />
        </>
      ) : (
        <>
          <em>{t('provider.streetHidden')}</em>
          <br />
        </>
      )}
      {location.city}, {location.state} {location.zip}
      {location.phone && (
        <>
          <br />
          {t('provider.phone', { phone: location.phone })}
        </>
      )}
    </address>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage provider />;
}
