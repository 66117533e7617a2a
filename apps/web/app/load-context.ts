import type { ApiTransport } from './api/api-transport';

/** Who is signed in, as the server's session cookie says. */
export interface SessionAccount {
  id: string;
  role: 'ADMIN' | 'THERAPIST' | 'PROVIDER';
  displayName: string;
  email: string;
}

/** The API's answer to a log-in: what the server keeps in its cookie. Pages hand it over and never keep it. */
export interface ApiSession {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  refreshTokenExpiresAt: string;
  user: SessionAccount;
}

/** The visitor's session. Its tokens stay on the server's side of the cookie: pages only learn who is signed in. */
export interface WebSession {
  account: SessionAccount | null;
  /** When the session ends unless the visitor comes back before. */
  endsAt: string | null;
  start(session: ApiSession): void;
  end(): void;
}

declare module 'react-router' {
  /** What the server that mounts the site hands every loader. */
  interface AppLoadContext {
    /** The directory's API, called as the signed-in visitor when there is one. */
    api: ApiTransport;
    session: WebSession;
    /** The token a form that changes something carries (`_csrf`); made only for pages that have such a form. */
    csrfToken: () => string;
    /** This request was a form post refused for its missing or stale token: the page is shown as after a GET. */
    formRefused: boolean;
    /** This response's Content-Security-Policy nonce, for the few scripts a page may carry. */
    nonce: string;
    /** Where the quick exit leads. */
    quickExitUrl: string;
    /** How long the links in account mail work, for the pages that send them to say so. */
    accountLinks: { emailConfirmationHours: number; passwordResetMinutes: number };
    /** Absolute base of canonical links and the sitemap. */
    siteUrl: string;
  }
}

export {};
