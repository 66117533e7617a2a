import { accountEn } from './account.en';
import { adminFiguresEn } from './admin-figures.en';
import { adminListingsEn } from './admin-listings.en';
import { adminPeopleEn } from './admin-people.en';
import { adminReverificationEn } from './admin-reverification.en';
import { pickLanguage, translator } from './i18n';
import { inboxEn } from './inbox.en';
import { listingEn } from './listing.en';
import { referralsEn } from './referrals.en';
import { en } from './messages.en';
import { es } from './messages.es';

describe('message catalog', () => {
  it('has every key in both languages, none of them empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [en, es]) {
      expect(Object.entries(catalog).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('is made of areas, every one in the catalog, that never share a key (a later one would silently replace an earlier one)', () => {
    const areas = [
      accountEn,
      adminFiguresEn,
      adminListingsEn,
      adminPeopleEn,
      adminReverificationEn,
      inboxEn,
      listingEn,
      referralsEn,
    ];
    const keys = areas.flatMap((area) => Object.keys(area));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    const areaKeys = new Set(keys);
    const publicKeys = Object.keys(en).filter((key) => !areaKeys.has(key));
    expect(publicKeys.length + keys.length).toBe(Object.keys(en).length);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect([key, placeholders(es[key])]).toEqual([key, placeholders(en[key])]);
    }
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const sut = translator('es');

    expect(sut('result.distance', { miles: 3 })).toBe('A 3 millas');
    expect(sut('result.distance')).toBe('A {miles} millas');
  });

  it('fills every placeholder of a message, and gives messages without any as they are', () => {
    const sut = translator('en');

    expect(sut('evidence.on', { evidence: 'attested', date: 'March 1, 2026' })).toBe(
      en['evidence.on'].replace('{evidence}', 'attested').replace('{date}', 'March 1, 2026'),
    );
    expect(sut('evidence.on', { evidence: 'attested', date: 'March 1, 2026' })).not.toMatch(/[{}]/);
    expect(sut('search.editSearch')).toBe(en['search.editSearch']);
  });
});

describe('pickLanguage', () => {
  const url = (query = '') => new URL(`http://localhost/search${query}`);

  it('follows ?lang= over the browser’s languages', () => {
    expect(pickLanguage(url('?lang=en'), 'es-MX,es;q=0.9')).toBe('en');
    expect(pickLanguage(url('?lang=es'), 'en-US')).toBe('es');
  });

  it('takes the highest-weighted language it has from Accept-Language', () => {
    expect(pickLanguage(url(), 'fr-FR, es;q=0.8, en;q=0.5')).toBe('es');
    expect(pickLanguage(url(), 'es;q=0, en;q=0.3')).toBe('en');
  });

  it('falls back to English for anything else', () => {
    expect(pickLanguage(url('?lang=de'), 'de-DE')).toBe('en');
    expect(pickLanguage(url(), null)).toBe('en');
  });
});
