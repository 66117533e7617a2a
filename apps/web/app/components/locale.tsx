import { useRouteLoaderData } from 'react-router';
import { type Language, localeOf, translator, type Translate } from '../i18n/i18n';

/** What the root loader tells every page about the visit (nothing stored: it all comes from the request). */
export interface VisitData {
  lang: Language;
  /** The language chosen by link (`?lang=`), carried on every link so the choice holds without a cookie. */
  chosenLang: Language | null;
  quickExitUrl: string;
  /** Who is signed in, and the token of the header's log-out form. */
  signedIn?: { id: string; displayName: string; role: 'ADMIN' | 'THERAPIST' | 'PROVIDER'; csrfToken: string } | null;
  /** When the session ends unless the visitor comes back before. */
  sessionEndsAt?: string | null;
  /** The form just posted was refused for its stale CSRF token (see the server's form protection). */
  formRefused?: boolean;
}

export interface Locale {
  lang: Language;
  t: Translate;
  /** A path on this site, keeping the chosen language. */
  href: (path: string, query?: URLSearchParams) => string;
  date: (isoDate: string) => string;
  number: (value: number) => string;
  /** "A, B and C" in the visitor's language. */
  list: (items: string[]) => string;
}

// Intl formatters are costly to make and safe to share: one of each per language for the life of the process. A
// results page formats the same few evidence dates over and over, so each day is formatted once per language (the
// cache holds at most a few thousand distinct days in practice; it is emptied should it ever grow past that).
const MAX_CACHED_DATES = 10_000;

function formattersOf(language: Language) {
  const locale = localeOf(language);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const formattedDates = new Map<string, string>();
  return {
    // A bare YYYY-MM-DD is a calendar date: read as UTC so no time zone moves it a day.
    date(isoDate: string): string {
      let text = formattedDates.get(isoDate);
      if (text === undefined) {
        if (formattedDates.size >= MAX_CACHED_DATES) formattedDates.clear();
        text = dates.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate));
        formattedDates.set(isoDate, text);
      }
      return text;
    },
    number: (value: number) => numbers.format(value),
    list: (items: string[]) => lists.format(items),
  };
}

const locales = new Map<string, Locale>();

/** One Locale per language and chosen language, made once: every component of every page asks for it. */
export function localeFor({ lang, chosenLang }: Pick<VisitData, 'lang' | 'chosenLang'>): Locale {
  const cacheKey = `${lang}:${chosenLang ?? ''}`;
  let locale = locales.get(cacheKey);
  if (!locale) {
    locale = {
      lang,
      t: translator(lang),
      href: (path, query) => {
        const params = new URLSearchParams(query);
        if (chosenLang) params.set('lang', chosenLang);
        const search = params.toString();
        return search ? `${path}?${search}` : path;
      },
      ...formattersOf(lang),
    };
    locales.set(cacheKey, locale);
  }
  return locale;
}

export function useVisit(): VisitData {
  const visit = useRouteLoaderData<VisitData>('root');
  // The root loader runs for every page, the error pages included; English is the fallback should it have failed.
  return visit ?? { lang: 'en', chosenLang: null, quickExitUrl: '/' };
}

export function useLocale(): Locale {
  return localeFor(useVisit());
}
