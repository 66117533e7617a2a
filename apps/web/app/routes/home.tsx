import { DirectoryApi } from '../api/directory-api.server';
import { useLocale } from '../components/locale';
import { SearchForm } from '../components/search-form';
import { metaTags, pageMeta, requestLocale } from '../seo/page-meta';
import { formValuesOf } from '../search/search-query';
import type { Route } from './+types/home';

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = requestLocale(request);
  return {
    vocabularies: await new DirectoryApi(context.api).vocabularies(locale.lang),
    meta: pageMeta(locale, context.siteUrl, {
      titleKey: 'title.home',
      description: locale.t('meta.homeDescription'),
      path: '/',
    }),
  };
}

export const meta = ({ data }: Route.MetaArgs) => metaTags(data?.meta);

export default function HomePage({ loaderData }: Route.ComponentProps) {
  const { vocabularies } = loaderData;
  const { t, href } = useLocale();
  return (
    <main id="main-content">
      <section className="usa-section usa-section--light home-hero">
        <div className="grid-container">
          <h1>{t('home.heading')}</h1>
          <p className="usa-intro">{t('home.lead')}</p>
        </div>
      </section>
      <div className="grid-container padding-y-4">
        <div className="grid-row grid-gap-lg">
          <section className="desktop:grid-col-7" aria-labelledby="search-heading">
            <h2 id="search-heading">{t('search.formHeading')}</h2>
            <SearchForm values={formValuesOf(new URLSearchParams())} vocabularies={vocabularies} />
          </section>
          <section className="desktop:grid-col-5" aria-labelledby="meaning-heading">
            <h2 id="meaning-heading">{t('home.whatHeading')}</h2>
            <dl className="definitions">
              <dt>{t('home.affirmingTerm')}</dt>
              <dd>{t('home.affirmingText')}</dd>
              <dt>{t('home.traumaTerm')}</dt>
              <dd>{t('home.traumaText')}</dd>
              <dt>{t('home.vettedTerm')}</dt>
              <dd>{t('home.vettedText')}</dd>
            </dl>
            <h2>{t('home.evidenceHeading')}</h2>
            <p>{t('home.evidenceText')}</p>
            <ul className="usa-list">
              <li>{t('evidence.SELF_ATTESTED')}</li>
              <li>{t('evidence.ADMIN_VERIFIED')}</li>
              <li>{t('evidence.REFERRAL_CONFIRMED')}</li>
            </ul>
            <p>
              <a href={href('/states')}>{t('layout.navStates')}</a>
            </p>
          </section>
        </div>
      </div>
    </main>
  );
}
