import { localeOf, type Language } from '../i18n/i18n';

const formats = new Map<Language, Intl.DateTimeFormat>();

/** A moment with its time, in UTC: the server does not know the visitor's time zone, so the page says which. */
export function dateTime(lang: Language, iso: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(new Date(iso));
}
