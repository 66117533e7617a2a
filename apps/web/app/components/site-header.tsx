import { Link, useLocation } from 'react-router';
import { useLocale, useVisit } from './locale';

/** Skip link (the first Tab stop), quick exit, the site's name, its two sections and the language switch. */
export function SiteHeader() {
  const { t, href } = useLocale();
  const { quickExitUrl } = useVisit();
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <aside className="quick-exit-bar" aria-label={t('layout.quickExitRegion')}>
        <div className="grid-container quick-exit-bar__inner">
          <p className="quick-exit-bar__hint">{t('layout.quickExitHint')}</p>
          <a
            className="usa-button usa-button--secondary quick-exit"
            id="quick-exit"
            href={quickExitUrl}
            rel="noreferrer"
          >
            {t('layout.quickExit')}
          </a>
        </div>
      </aside>
      <header className="site-header">
        <div className="grid-container site-header__inner">
          <p className="site-header__name">
            <Link to={href('/')}>{t('site.name')}</Link>
          </p>
          <nav aria-label={t('layout.primaryNav')} className="site-header__nav">
            <ul className="usa-list usa-list--unstyled site-header__links">
              <li>
                <Link to={href('/search')}>{t('layout.navSearch')}</Link>
              </li>
              <li>
                <Link to={href('/states')}>{t('layout.navStates')}</Link>
              </li>
              <li>
                <LanguageSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
    </>
  );
}

function LanguageSwitch() {
  const { lang } = useVisit();
  const { t } = useLocale();
  const { pathname, search } = useLocation();
  const other = lang === 'es' ? 'en' : 'es';
  const query = new URLSearchParams(search);
  query.set('lang', other);
  return (
    <Link
      to={`${pathname}?${query.toString()}`}
      hrefLang={other}
      lang={other}
      aria-label={t('layout.languageSwitchLabel')}
    >
      {t('layout.languageSwitch')}
    </Link>
  );
}
