import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useLocale } from './locale';

/** The 404 page: says what may have happened and offers the way back to searching. */
export function NotFound({ provider = false }: { provider?: boolean }) {
  const { t, href } = useLocale();
  return (
    <main id="main-content" className="grid-container padding-y-4">
      <title>{`${t('title.notFound')} · ${t('site.name')}`}</title>
      <h1>{t('notFound.heading')}</h1>
      <p className="usa-intro">{provider ? t('notFound.providerText') : t('notFound.text')}</p>
      <p>
        <Link className="usa-button" to={href('/search')}>
          {t('notFound.searchLink')}
        </Link>
      </p>
    </main>
  );
}

/** Anything unexpected: no detail about what failed, and the way back to searching. */
export function ServerError() {
  const { t, href } = useLocale();
  return (
    <main id="main-content" className="grid-container padding-y-4">
      <title>{`${t('title.error')} · ${t('site.name')}`}</title>
      <h1>{t('error.heading')}</h1>
      <p className="usa-intro">{t('error.text')}</p>
      <p>
        <Link className="usa-button" to={href('/search')}>
          {t('notFound.searchLink')}
        </Link>
      </p>
    </main>
  );
}

/** A route's error boundary: the 404 page for a missing page, the error page for the rest. */
export function RouteErrorPage({ provider = false }: { provider?: boolean }) {
  const error = useRouteError();
  return isRouteErrorResponse(error) && error.status === 404 ? <NotFound provider={provider} /> : <ServerError />;
}
