import request from 'supertest';
import { aListing, license, locationAt } from '@test/factories/listing.factory';
import { useTestApp } from '@test/support/use-test-app';

// Lawrence KS, and a St. Louis provider seeing Kansas clients by telehealth.
const kansasGynecologist = aListing({ lastName: 'Abernathy', locations: [locationAt('66044')] });
const telehealthToKansas = aListing({
  lastName: 'Castillo',
  offersTelehealth: true,
  locations: [locationAt('63110', { hideStreet: true })],
  licenses: [license('MO'), license('KS')],
});
const draft = aListing({ lastName: 'Dubois', status: 'DRAFT', locations: [locationAt('66044')] });
const chosenName = aListing({
  firstName: 'Margaret',
  lastName: 'Okafor',
  chosenName: 'Rowan',
  chosenLastName: 'Vale',
  locations: [locationAt('60614')],
});

const handle = useTestApp({ listings: [kansasGynecologist, telehealthToKansas, draft, chosenName] });
const http = () => request(handle.app().getHttpServer());

const providerLinks = (html: string) => [...html.matchAll(/href="\/providers\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

describe('the web pages on the API’s origin', () => {
  it('shows the API’s results for the same query, in its order', async () => {
    const api = await http().get('/api/v1/providers?state=KS&sort=name').expect(200);
    const page = await http().get('/search?state=KS&sort=name').expect(200);

    expect(providerLinks(page.text)).toEqual(api.body.data.map((p: { id: string }) => p.id));
    expect(page.text).toContain('Serves Kansas by telehealth');
    expect(page.text).toContain('2 providers found');
  });

  it('redirects a plain form submission to its tidy, shareable URL', async () => {
    const response = await http().get('/search?state=KS&category=&mode=ANY&zip=&radiusMiles=25&q=').expect(302);

    expect(response.headers.location).toBe('/search?state=KS');
  });

  it('answers a refused parameter with 400 and the field’s message', async () => {
    const response = await http().get('/search?radiusMiles=900&zip=66044').expect(400);

    expect(response.text).toContain('id="search-radiusMiles-error"');
    expect(response.text).toContain('Choose a distance between 1 and 250 miles');
  });

  it('shows an approved profile with a hidden street kept hidden, and 404s every other id', async () => {
    const profile = await http().get(`/providers/${telehealthToKansas.id}`).expect(200);
    expect(profile.text).toContain('Street address given when you book');
    expect(profile.text).not.toContain('100 Main St');

    await http().get(`/providers/${draft.id}`).expect(404);
    await http().get('/providers/not-an-id').expect(404);
    const unknown = await http().get('/no/such/page').expect(404);
    expect(unknown.text).toContain('href="/search"');
  });

  it('shows a profile under the name the provider chose, without the legal name or the NPI', async () => {
    const profile = await http().get(`/providers/${chosenName.id}`).expect(200);

    expect(profile.text).toContain('Rowan Vale, MD');
    expect(profile.text).not.toMatch(/Margaret|Okafor/);
    expect(profile.text).not.toContain(chosenName.npi);
    expect(profile.text).not.toMatch(/\bNPI\b/);
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const response = await http().get('/api/v1/no-such-route').expect(404);

    expect(response.body).toMatchObject({ statusCode: 404 });
  });

  it('speaks the visitor’s language, and a link can switch it', async () => {
    const spanish = await http().get('/').set('Accept-Language', 'es-MX,es;q=0.9,en;q=0.5').expect(200);
    expect(spanish.text).toContain('<html lang="es">');
    expect(spanish.headers.vary).toContain('Accept-Language');

    const chosen = await http().get('/search?state=KS&lang=en').set('Accept-Language', 'es').expect(200);
    expect(chosen.text).toContain('<html lang="en">');
    expect(chosen.text).toContain('href="/search?lang=en"');
  });

  it('keeps tab titles discreet', async () => {
    const search = await http().get('/search?state=KS&category=gynecology&attribute=gender-affirming-care');
    const profile = await http().get(`/providers/${kansasGynecologist.id}`);

    expect(search.text).toContain('<title>Search results · Affirming Care Directory</title>');
    expect(profile.text).toContain('<title>Provider profile · Affirming Care Directory</title>');
  });
});

describe('safety headers', () => {
  it('sets no cookie, forbids inline script without a nonce and sends no referrer', async () => {
    const response = await http().get('/search?state=KS').expect(200);
    const policy = response.headers['content-security-policy'];

    expect(response.headers['set-cookie']).toBeUndefined();
    expect(policy).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves hashed assets for a year and loads nothing from elsewhere', async () => {
    const page = await http().get('/').expect(200);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    const stylesheet = sources.find((source) => /^\/assets\/.*\.css$/.test(source)) ?? '';

    const elsewhere = sources.filter(
      (source) => /^(https?:)?\/\//.test(source) && !source.startsWith('http://127.0.0.1:'),
    );
    // The quick exit's neutral site is a link away, never loaded.
    expect(elsewhere).toEqual(['https://www.weather.gov/']);
    const asset = await http().get(stylesheet).expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('crawlers', () => {
  it('are pointed at the sitemap and kept out of the pages after a search’s first', async () => {
    const robots = await http().get('/robots.txt').expect(200);

    expect(robots.text).toContain('Disallow: /*cursor=');
    expect(robots.text).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  });

  it('find every approved listing, and no other, through the sitemaps', async () => {
    const index = await http().get('/sitemap.xml').expect(200);
    const sitemaps = [...index.text.matchAll(/<loc>[^<]*\/sitemaps\/([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps).toHaveLength(257);

    const listed: string[] = [];
    for (const name of sitemaps.filter((n) => n.startsWith('providers-'))) {
      const sitemap = await http().get(`/sitemaps/${name}`).expect(200);
      listed.push(...[...sitemap.text.matchAll(/\/providers\/([0-9a-f-]{36})</g)].map((m) => m[1]));
    }
    expect(listed.sort()).toEqual([kansasGynecologist.id, telehealthToKansas.id, chosenName.id].sort());

    const pages = await http().get('/sitemaps/pages.xml').expect(200);
    expect(pages.text).toContain('/states/ks/gynecology</loc>');
  });

  it('get landing pages per state and kind of care, with a canonical link and links between them', async () => {
    const landing = await http().get('/states/ks/gynecology').expect(200);

    expect(landing.text).toContain('<h1>Gynecology in Kansas</h1>');
    expect(landing.text).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/states\/ks\/gynecology"/);
    expect(landing.text).toContain('<nav aria-label="Kinds of care in Kansas">');
    expect(landing.text).toContain('href="/states/ks/gynecology" aria-current="page">Gynecology</a>');
    expect(landing.text).toContain('href="/states/ks">All kinds of care</a>');
    expect(landing.text).toContain('href="/states/ks/primary-care">Primary care</a>');
    expect(landing.text).toContain('<a href="/states" aria-current="true">Browse by state</a>');
    const index = await http().get('/states').expect(200);
    expect(index.text).toContain('<a href="/states" aria-current="page">Browse by state</a>');
    expect(index.text).toContain('<a href="/search">Search</a>');
    await http().get('/states/zz').expect(404);
    await http().get('/states/ks/dentistry').expect(404);
  });
});
