import { resultsPageOf } from './results-page';

const PROFILE = 'https://directory.example/providers/5331ed8f-6848-41fe-877f-000000000000';

describe('resultsPageOf', () => {
  it('leads back to the search the visitor came from, page and language included', () => {
    expect(resultsPageOf('https://directory.example/search?state=KS&cursor=abc&lang=es', PROFILE)).toBe(
      '/search?state=KS&cursor=abc&lang=es',
    );
  });

  it('leads back to a state landing page', () => {
    expect(resultsPageOf('https://directory.example/states/ks/gynecology', PROFILE)).toBe('/states/ks/gynecology');
  });

  it('ignores any other page of the site', () => {
    expect(resultsPageOf('https://directory.example/providers/other', PROFILE)).toBeNull();
    expect(resultsPageOf('https://directory.example/states', PROFILE)).toBeNull();
    expect(resultsPageOf('https://directory.example/searches', PROFILE)).toBeNull();
  });

  it('ignores other sites, and a missing or garbled header', () => {
    expect(resultsPageOf('https://elsewhere.example/search?state=KS', PROFILE)).toBeNull();
    expect(resultsPageOf(null, PROFILE)).toBeNull();
    expect(resultsPageOf('not a url', PROFILE)).toBeNull();
  });
});
