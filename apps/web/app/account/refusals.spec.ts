import { translator, type Language } from '../i18n/i18n';
import type { ApiRefusal } from '../api/workspace-api.server';
import { fieldReasons, refusalMessage, statusOf } from './refusals';

const wordingOf = (lang: Language) => ({ lang, t: translator(lang) });

const weakPassword: ApiRefusal = {
  code: 'BAD_USER_INPUT',
  reason: undefined,
  message: 'Invalid input',
  fieldErrors: {
    password: 'is too easy to guess. This is a top-10 common password. Add another word or two.',
    'licenses.0.npi': 'must be ten digits ending in the NPI check digit',
    displayName: 'a reason no page has met yet',
  },
};

describe('the account pages’ refusals', () => {
  it('keep the API’s own reasons in English, with its advice on a better password', () => {
    expect(fieldReasons(wordingOf('en'), weakPassword)).toEqual(weakPassword.fieldErrors);
  });

  it('translate the reasons they know into Spanish, and show the others as the API words them', () => {
    expect(fieldReasons(wordingOf('es'), weakPassword)).toEqual({
      password: 'es demasiado fácil de adivinar. Añada más palabras poco comunes.',
      'licenses.0.npi': 'debe tener diez dígitos y terminar en el dígito de control del NPI',
      displayName: 'a reason no page has met yet',
    });
  });

  it('answer too many tries with 429 and words of their own, a field to correct with a pointer to it', () => {
    const english = wordingOf('en');
    const throttled: ApiRefusal = { code: 'RATE_LIMITED', reason: undefined, message: 'Too many', fieldErrors: {} };

    expect(statusOf(throttled)).toBe(429);
    expect(refusalMessage(english, throttled)).toBe(english.t('account.tryLater'));
    expect(statusOf(weakPassword)).toBe(400);
    expect(refusalMessage(english, weakPassword)).toBe('Please correct the fields marked below.');
  });
});
