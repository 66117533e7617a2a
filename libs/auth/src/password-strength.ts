import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-hasher';

// Built once, when the module loads: unpacking the dictionaries takes a noticeable moment, a check a few ms.
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

// zxcvbn's 3 is "safely unguessable": about 10^8–10^10 guesses, out of reach online and costly offline against an
// Argon2id hash; below it the password is a common one, a dictionary word with small changes, or a pattern.
const MIN_SCORE = 3;

// Parts of the email and display name shorter than this are too common to count as personal ("jo", "me").
const MIN_PERSONAL_WORD_LENGTH = 3;

/**
 * Why a password may not be used, in words for its owner, or null when it may. `personal` is what is known about
 * the account (email, display name): a password made of them is easy to guess for anyone who knows its owner.
 */
export function passwordProblem(password: string, personal: readonly string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  const { score, feedback } = zxcvbn.check(password, personalWords(personal));
  if (score >= MIN_SCORE) return null;
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  return `is too easy to guess. ${advice || 'Add more words that are less common.'}`;
}

// The whole value and its words: "jordan.rivera@example.test" also gives "jordan", "rivera" and "example".
function personalWords(personal: readonly string[]): string[] {
  const words = personal.flatMap((value) => [value, ...value.toLowerCase().split(/[^\p{L}\p{N}]+/u)]);
  return [...new Set(words.filter((word) => word.length >= MIN_PERSONAL_WORD_LENGTH))];
}
