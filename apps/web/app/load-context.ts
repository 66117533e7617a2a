import type { ApiTransport } from './api/api-transport';

declare module 'react-router' {
  /** What the server that mounts the site hands every loader. */
  interface AppLoadContext {
    /** The directory's public API. */
    api: ApiTransport;
    /** This response's Content-Security-Policy nonce, for the few scripts a page may carry. */
    nonce: string;
    /** Where the quick exit leads. */
    quickExitUrl: string;
    /** Absolute base of canonical links and the sitemap. */
    siteUrl: string;
  }
}

export {};
