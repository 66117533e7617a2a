import type { MessageKey } from '../i18n/messages.en';

/** The two kinds of care the directory lists, as the API names them in `category`. */
export const CATEGORY_LABELS = {
  gynecology: 'search.categoryGynecology',
  'primary-care': 'search.categoryPrimaryCare',
} as const satisfies Record<string, MessageKey>;

export type Category = keyof typeof CATEGORY_LABELS;

export function isCategory(value: string): value is Category {
  return value in CATEGORY_LABELS;
}

/** Every landing page: the states index, each state, and each state with each kind of care. */
export function landingPagePaths(stateCodes: string[]): string[] {
  return [
    '/states',
    ...stateCodes.flatMap((code) => {
      const state = `/states/${code.toLowerCase()}`;
      return [state, ...Object.keys(CATEGORY_LABELS).map((category) => `${state}/${category}`)];
    }),
  ];
}
