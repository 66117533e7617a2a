import type { ApiRefusal } from '../api/workspace-api.server';
import type { Locale } from '../components/locale';
import { en, type MessageKey } from '../i18n/messages.en';

/** What the messages need of the visitor's locale. */
type Wording = Pick<Locale, 'lang' | 't'>;

/** The HTTP status a page answers a refused form with. */
export function statusOf(refusal: ApiRefusal): number {
  if (refusal.code === 'RATE_LIMITED' || refusal.code === 'TOO_MANY_REQUESTS') return 429;
  if (refusal.code === 'NOT_FOUND') return 404;
  if (refusal.code === 'CONFLICT') return 409;
  return 400;
}

/** What the form's alert says: too many tries, a field to correct, or the API's own message. */
export function refusalMessage(locale: Wording, refusal: ApiRefusal): string {
  if (statusOf(refusal) === 429) return locale.t('account.tryLater');
  if (Object.keys(refusal.fieldErrors).length) return locale.t('account.checkFields');
  return refusal.message;
}

// The API words its field reasons in English; these are the ones the account pages meet, translated.
const API_REASONS: MessageKey[] = [
  'apiReason.notEmail',
  'apiReason.tooShort',
  'apiReason.tooEasy',
  'apiReason.notCurrentPassword',
  'apiReason.unchangedPassword',
  'apiReason.licenseType',
  'apiReason.npi',
  'apiReason.noLicense',
  'apiReason.sameLicense',
];

/** The API's reasons for each field, in the visitor's language when known (in English they stay whole: a weak
 * password's reason carries advice on a better one). */
export function fieldReasons(locale: Wording, refusal: ApiRefusal): Record<string, string> {
  if (locale.lang === 'en') return refusal.fieldErrors;
  return Object.fromEntries(
    Object.entries(refusal.fieldErrors).map(([field, reason]) => {
      const key = API_REASONS.find((candidate) => reason.startsWith(en[candidate]));
      return [field, key ? locale.t(key) : reason];
    }),
  );
}
