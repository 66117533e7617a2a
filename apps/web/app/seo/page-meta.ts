import type { MetaDescriptor } from 'react-router';
import { isLanguage, pickLanguage } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import { localeFor, type Locale } from '../components/locale';

export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
}

/** The locale of a request, for loaders (components use `useLocale`). */
export function requestLocale(request: Request): Locale {
  const url = new URL(request.url);
  const asked = url.searchParams.get('lang');
  return localeFor({
    lang: pickLanguage(url, request.headers.get('accept-language')),
    chosenLang: isLanguage(asked) ? asked : null,
  });
}

/**
 * Tab titles are discreet (the kind of page and the site's name, never what was searched or who was opened: a tab
 * can be seen over a shoulder); the description, which only search engines show, says what the page is about.
 */
export function pageMeta(
  locale: Locale,
  siteUrl: string,
  page: { titleKey: MessageKey; description: string; path: string; query?: URLSearchParams },
): PageMeta {
  return {
    title: `${locale.t(page.titleKey)} · ${locale.t('site.name')}`,
    description: page.description,
    canonical: `${siteUrl}${locale.href(page.path, page.query)}`,
  };
}

export function metaTags(meta: PageMeta | undefined): MetaDescriptor[] {
  if (!meta) return [];
  return [
    { title: meta.title },
    { name: 'description', content: meta.description },
    { tagName: 'link', rel: 'canonical', href: meta.canonical },
  ];
}

/** A workspace page: a discreet title, and never indexed (the server also says so in `X-Robots-Tag`). */
export function workspaceMetaTags(title: string | undefined): MetaDescriptor[] {
  if (!title) return [];
  return [{ title }, { name: 'robots', content: 'noindex, nofollow' }];
}

/** The tab title of a workspace page: the kind of page and the site's name. */
export function workspaceTitle(locale: Locale, titleKey: MessageKey): string {
  return `${locale.t(titleKey)} · ${locale.t('site.name')}`;
}
