import { en, type MessageKey } from './messages.en';
import { es } from './messages.es';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, es };
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** `?lang=` wins; otherwise the first of our languages in the visitor's Accept-Language, by weight; else English. */
export function pickLanguage(url: URL, acceptLanguage: string | null): Language {
  const asked = url.searchParams.get('lang');
  if (isLanguage(asked)) return asked;
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const weight = params.map((p) => /^q=([0-9.]+)$/.exec(p.trim())).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], weight: weight ? Number(weight[1]) : 1 };
    })
    .filter((p) => p.weight > 0 && isLanguage(p.language))
    .sort((a, b) => b.weight - a.weight);
  return (preferences[0]?.language as Language | undefined) ?? 'en';
}

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  return (key, values = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function localeOf(language: Language): string {
  return LOCALES[language];
}

export function catalogOf(language: Language): Record<MessageKey, string> {
  return CATALOGS[language];
}
