import { Links, Meta, Outlet, Scripts, useMatches } from 'react-router';
import uswdsStyles from '@uswds/uswds/css/uswds.min.css?url';
import siteStyles from './styles/site.css?url';
import { isLanguage, pickLanguage } from './i18n/i18n';
import { useVisit, type VisitData } from './components/locale';
import { SiteFooter } from './components/site-footer';
import { FormRefusedNotice, SiteHeader } from './components/site-header';
import { RouteErrorPage } from './components/error-pages';
import { WorkspaceScriptTexts } from './components/workspace-script-texts';
import './load-context';
import type { Route } from './+types/root';

export function links() {
  return [
    { rel: 'stylesheet', href: uswdsStyles },
    { rel: 'stylesheet', href: siteStyles },
    { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  ];
}

export function loader({ request, context }: Route.LoaderArgs): VisitData {
  const url = new URL(request.url);
  const asked = url.searchParams.get('lang');
  const account = context.session.account;
  return {
    lang: pickLanguage(url, request.headers.get('accept-language')),
    chosenLang: isLanguage(asked) ? asked : null,
    quickExitUrl: context.quickExitUrl,
    signedIn: account
      ? { id: account.id, displayName: account.displayName, role: account.role, csrfToken: context.csrfToken() }
      : null,
    sessionEndsAt: context.session.endsAt,
    formRefused: context.formRefused,
  };
}

/** A route that needs React in the browser says so with `handle: { hydrate: true }`; public pages ship none. */
function useHydration(): boolean {
  return useMatches().some((match) => (match.handle as { hydrate?: boolean } | undefined)?.hydrate === true);
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { lang, signedIn, sessionEndsAt } = useVisit();
  const hydrate = useHydration();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <Meta />
        <Links />
        <script src="/quick-exit.js" defer />
        {signedIn && <script src="/workspace.js" defer />}
      </head>
      {/* What workspace.js needs: when the session ends, and whose drafts this tab keeps. */}
      <body data-session-ends={signedIn ? (sessionEndsAt ?? undefined) : undefined} data-account={signedIn?.id}>
        <SiteHeader />
        <FormRefusedNotice />
        {children}
        <SiteFooter />
        {signedIn && <WorkspaceScriptTexts />}
        {hydrate && <Scripts />}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
