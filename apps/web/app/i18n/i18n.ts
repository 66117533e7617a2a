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

/** A message split once into its text and its placeholders: pages fill hundreds of them per render. */
type CompiledMessage = string | ReadonlyArray<string | { name: string }>;

const translators = new Map<Language, Translate>();

export function translator(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    const compiled = new Map<MessageKey, CompiledMessage>();
    const catalog = CATALOGS[language];
    translate = (key, values = {}) => {
      let message = compiled.get(key);
      if (message === undefined) compiled.set(key, (message = compile(catalog[key])));
      return typeof message === 'string' ? message : fill(message, values);
    };
    translators.set(language, translate);
  }
  return translate;
}

function compile(text: string): CompiledMessage {
  const parts = text.split(/\{(\w+)\}/);
  if (parts.length === 1) return text;
  // split() with a capture group alternates text and placeholder names.
  return parts.map((part, index) => (index % 2 === 1 ? { name: part } : part));
}

/** Unknown placeholders stay visible, so a missing value shows up in review instead of vanishing. */
function fill(message: ReadonlyArray<string | { name: string }>, values: Record<string, string | number>): string {
  let text = '';
  for (const part of message) {
    text += typeof part === 'string' ? part : part.name in values ? String(values[part.name]) : `{${part.name}}`;
  }
  return text;
}

export function localeOf(language: Language): string {
  return LOCALES[language];
}

export function catalogOf(language: Language): Record<MessageKey, string> {
  return CATALOGS[language];
}
