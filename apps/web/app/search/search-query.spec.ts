import { activeFilters, apiQueryOf, formValuesOf, pageLinksOf, tidySearchQuery, withoutFilter } from './search-query';

const params = (text: string) => new URLSearchParams(text);

describe('tidySearchQuery', () => {
  it('drops the empty fields, the default mode and the unused distance a plain form submits', () => {
    const sut = tidySearchQuery(
      params('state=KS&category=gynecology&mode=ANY&zip=&radiusMiles=25&q=&specialty=&sort=&attribute=prep-pep'),
    );

    expect(sut.query.toString()).toBe('state=KS&category=gynecology&attribute=prep-pep');
    expect(sut.changed).toBe(true);
  });

  it('keeps the distance with a ZIP, and trims what was typed', () => {
    const sut = tidySearchQuery(params('zip=+66044+&radiusMiles=50&mode=TELEHEALTH'));

    expect(sut.query.toString()).toBe('zip=66044&radiusMiles=50&mode=TELEHEALTH');
  });

  it('leaves a hand-written distance without any ZIP for the API to refuse', () => {
    expect(tidySearchQuery(params('radiusMiles=25')).query.toString()).toBe('radiusMiles=25');
  });

  it('reports an already tidy query as unchanged', () => {
    expect(tidySearchQuery(params('state=KS&language=es&language=fr')).changed).toBe(false);
  });
});

describe('apiQueryOf', () => {
  it('passes the API parameters through as they are and keeps the site’s own out', () => {
    const sut = apiQueryOf(params('state=KS&lang=es&cursor=abc&prev=xyz&language=es&language=fr'));

    expect(sut.toString()).toBe('state=KS&cursor=abc&language=es&language=fr');
  });
});

describe('formValuesOf', () => {
  it('shows the visitor’s own values, repeated parameters as lists', () => {
    const sut = formValuesOf(params('state=ks&acceptingNewPatients=true&attribute=a&attribute=b&zip=60614'));

    expect(sut).toMatchObject({
      state: 'KS',
      mode: 'ANY',
      zip: '60614',
      acceptingNewPatients: true,
      telehealth: false,
      attribute: ['a', 'b'],
      language: [],
    });
  });
});

describe('pageLinksOf', () => {
  it('offers only the next page from the first, carrying no trail', () => {
    const sut = pageLinksOf(params('state=KS'), 'c1', true);

    expect(sut.pageNumber).toBe(1);
    expect(sut.next?.toString()).toBe('state=KS&cursor=c1');
    expect(sut.previous).toBeUndefined();
  });

  it('goes back to the first page from the second', () => {
    const sut = pageLinksOf(params('state=KS&cursor=c1'), 'c2', true);

    expect(sut.pageNumber).toBe(2);
    expect(sut.next?.toString()).toBe('state=KS&cursor=c2&prev=c1');
    expect(sut.previous?.toString()).toBe('state=KS');
  });

  it('walks back one page at a time through the trail', () => {
    const sut = pageLinksOf(params('state=KS&cursor=c3&prev=c1&prev=c2'), null, false);

    expect(sut.pageNumber).toBe(4);
    expect(sut.next).toBeUndefined();
    expect(sut.previous?.toString()).toBe('state=KS&cursor=c2&prev=c1');
  });
});

describe('withoutFilter and activeFilters', () => {
  const query = params('state=KS&zip=66044&radiusMiles=50&language=es&language=fr&cursor=c2&prev=c1');

  it('lists every filter value in the form’s order', () => {
    expect(activeFilters(query)).toEqual([
      { name: 'state', value: 'KS' },
      { name: 'zip', value: '66044' },
      { name: 'radiusMiles', value: '50' },
      { name: 'language', value: 'es' },
      { name: 'language', value: 'fr' },
    ]);
  });

  it('removes one value and starts again from the first page', () => {
    expect(withoutFilter(query, 'language', 'es').toString()).toBe('state=KS&zip=66044&radiusMiles=50&language=fr');
  });

  it('removes the distance together with the ZIP it belongs to', () => {
    expect(withoutFilter(query, 'zip', '66044').toString()).toBe('state=KS&language=es&language=fr');
  });
});
