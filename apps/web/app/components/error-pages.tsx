import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useLocale } from './locale';

/** The 404 page: says what may have happened and offers the way back to searching. */
export function NotFound({ provider = false }: { provider?: boolean }) {
  const { t } = useLocale();
  return (
    <MessagePage
      title={t('title.notFound')}
      heading={t('notFound.heading')}
      text={provider ? t('notFound.providerText') : t('notFound.text')}
    />
  );
}

/** Anything unexpected: no detail about what failed, and the way back to searching. */
export function ServerError() {
  const { t } = useLocale();
  return <MessagePage title={t('title.error')} heading={t('error.heading')} text={t('error.text')} />;
}

function MessagePage({ title, heading, text }: { title: string; heading: string; text: string }) {
  const { t, href } = useLocale();
  return (
    <main id="main-content" className="grid-container padding-y-4">
      <title>{`${title} · ${t('site.name')}`}</title>
      <h1>{heading}</h1>
      <p className="usa-intro">{text}</p>
      <p>
        <a className="usa-button" href={href('/search')}>
          {t('notFound.searchLink')}
        </a>
      </p>
    </main>
  );
}

/** A route's error boundary: the 404 page for a missing page, the error page for the rest. */
export function RouteErrorPage({ provider = false }: { provider?: boolean }) {
  const error = useRouteError();
  return isRouteErrorResponse(error) && error.status === 404 ? <NotFound provider={provider} /> : <ServerError />;
}
