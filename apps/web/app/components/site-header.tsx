import { useLocation } from 'react-router';
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
          {/* Escape and the Back-proof exit need the quick-exit script: the page promises them only once it runs (it
              swaps this text in), and without it says what a plain link cannot do. */}
          <p className="quick-exit-bar__hint" data-with-script={t('layout.quickExitHint')} suppressHydrationWarning>
            {t('layout.quickExitHintWithoutScript')}
          </p>
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
            <a href={href('/')}>{t('site.name')}</a>
          </p>
          <nav aria-label={t('layout.primaryNav')} className="site-header__nav">
            <ul className="usa-list usa-list--unstyled site-header__links">
              <li>
                <NavLink path="/search">{t('layout.navSearch')}</NavLink>
              </li>
              <li>
                <NavLink path="/states">{t('layout.navStates')}</NavLink>
              </li>
              <li>
                <LanguageSwitch />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <WorkspaceNav />
    </>
  );
}

const WORKSPACE_LINKS = {
  THERAPIST: [['/referrals', 'workspace.navReferrals']],
  PROVIDER: [
    ['/inbox', 'workspace.navInbox'],
    ['/my-listing', 'workspace.navListing'],
  ],
  ADMIN: [
    ['/admin/listings', 'workspace.navAdminListings'],
    ['/admin/reverification', 'workspace.navAdminReverification'],
    ['/admin/claims', 'workspace.navAdminClaims'],
    ['/admin/registry', 'workspace.navAdminRegistry'],
    ['/admin/therapists', 'workspace.navAdminTherapists'],
    ['/admin/accounts', 'workspace.navAdminAccounts'],
    ['/admin/figures', 'workspace.navAdminFigures'],
    ['/admin/coverage', 'workspace.navAdminCoverage'],
  ],
} as const;

/** The signed-in visitor's own pages, who they are signed in as, and log-out (a form: it changes something). */
function WorkspaceNav() {
  const { signedIn } = useVisit();
  const { t, href } = useLocale();
  if (!signedIn) return null;
  return (
    <nav aria-label={t('workspace.nav')} className="workspace-nav">
      <div className="grid-container workspace-nav__inner">
        <ul className="usa-list usa-list--unstyled workspace-nav__links">
          {WORKSPACE_LINKS[signedIn.role].map(([path, label]) => (
            <li key={path}>
              <NavLink path={path}>{t(label)}</NavLink>
            </li>
          ))}
          <li>
            <NavLink path="/account">{t('workspace.account')}</NavLink>
          </li>
        </ul>
        <p className="workspace-nav__who">{t('workspace.signedInAs', { name: signedIn.displayName })}</p>
        <form method="post" action={href('/logout')} className="workspace-nav__logout">
          <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
          <button type="submit" className="usa-button usa-button--unstyled">
            {t('workspace.logOut')}
          </button>
        </form>
      </div>
    </nav>
  );
}

/** After a refused form post (see the server's form protection): what happened, above the page shown again. */
export function FormRefusedNotice() {
  const { formRefused } = useVisit();
  const { t } = useLocale();
  if (!formRefused) return null;
  return (
    <div className="grid-container">
      <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('workspace.formRefused')}</p>
        </div>
      </div>
    </div>
  );
}

/** A link of the site's navigation, marked as the page shown, or as its section when the page lies below it. */
function NavLink({ path, children }: { path: string; children: React.ReactNode }) {
  const { href } = useLocale();
  const { pathname } = useLocation();
  const current = pathname === path ? 'page' : pathname.startsWith(`${path}/`) ? 'true' : undefined;
  return (
    <a href={href(path)} aria-current={current}>
      {children}
    </a>
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
    <a
      href={`${pathname}?${query.toString()}`}
      hrefLang={other}
      lang={other}
      aria-label={t('layout.languageSwitchLabel')}
    >
      {t('layout.languageSwitch')}
    </a>
  );
}
