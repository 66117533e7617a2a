import { useRouteLoaderData } from 'react-router';
import { type Language, localeOf, translator, type Translate } from '../i18n/i18n';

/** What the root loader tells every page about the visit (nothing stored: it all comes from the request). */
export interface VisitData {
  lang: Language;
  /** The language chosen by link (`?lang=`), carried on every link so the choice holds without a cookie. */
  chosenLang: Language | null;
  quickExitUrl: string;
}

export interface Locale {
  lang: Language;
  t: Translate;
  /** A path on this site, keeping the chosen language. */
  href: (path: string, query?: URLSearchParams) => string;
  date: (isoDate: string) => string;
  number: (value: number) => string;
}

// Intl formatters are costly to make and safe to share: one of each per language for the life of the process.
const formatters = new Map<Language, { dates: Intl.DateTimeFormat; numbers: Intl.NumberFormat }>();

function formattersOf(language: Language) {
  let made = formatters.get(language);
  if (!made) {
    const locale = localeOf(language);
    made = {
      dates: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      numbers: new Intl.NumberFormat(locale),
    };
    formatters.set(language, made);
  }
  return made;
}

export function localeFor(visit: Pick<VisitData, 'lang' | 'chosenLang'>): Locale {
  const { dates, numbers } = formattersOf(visit.lang);
  return {
    lang: visit.lang,
    t: translator(visit.lang),
    href: (path, query) => {
      const params = new URLSearchParams(query);
      if (visit.chosenLang) params.set('lang', visit.chosenLang);
      const search = params.toString();
      return search ? `${path}?${search}` : path;
    },
    // A bare YYYY-MM-DD is a calendar date: read as UTC so no time zone moves it a day.
    date: (isoDate) => dates.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)),
    number: (value) => numbers.format(value),
  };
}

export function useVisit(): VisitData {
  const visit = useRouteLoaderData<VisitData>('root');
  // The root loader runs for every page, the error pages included; English is the fallback should it have failed.
  return visit ?? { lang: 'en', chosenLang: null, quickExitUrl: '/' };
}

export function useLocale(): Locale {
  return localeFor(useVisit());
}
