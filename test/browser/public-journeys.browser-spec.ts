import type { Page } from 'playwright-core';
import { LAPTOP_WIDTH, NEUTRAL_SITE, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';

const site = useWebSite();

async function resultNames(page: Page): Promise<string[]> {
  return page.locator('.result-card__name a').allTextContents();
}

async function apiSearch(
  query: string,
): Promise<{ data: Array<{ displayName: string }>; totalCount: number; pageInfo: { endCursor: string } }> {
  const response = await fetch(`${site.baseUrl()}/api/v1/providers?${query}`);
  return (await response.json()) as never;
}

function expectSameOrigin(requests: string[]): void {
  const origin = new URL(site.baseUrl()).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a client %s', (_, javaScript) => {
  it('searches Kansas gynecology, pages through, opens a profile and reads it in Spanish', async () => {
    const { page, requests, close } = await site.open({ javaScript });
    await page.goto(`${site.baseUrl()}/`);
    await page.getByLabel('State you live in').selectOption('KS');
    await page.getByLabel('Kind of care').selectOption('gynecology');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?/);

    expect(new URL(page.url()).search).toBe('?state=KS&category=gynecology');
    const api = await apiSearch('state=KS&category=gynecology');
    const firstPage = await resultNames(page);
    expect(firstPage).toEqual(api.data.map((provider) => provider.displayName));
    expect(await page.locator('.search-results__count').textContent()).toContain(`${api.totalCount} providers found`);
    expect(await page.locator('.result-card').first().textContent()).toMatch(/Serves Kansas (in person|by telehealth)/);

    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/cursor=/);
    const apiSecond = await apiSearch(
      `state=KS&category=gynecology&cursor=${encodeURIComponent(api.pageInfo.endCursor)}`,
    );
    expect(await resultNames(page)).toEqual(apiSecond.data.map((provider) => provider.displayName));
    expect(await page.locator('.search-results__count').textContent()).toContain('Page 2');

    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL((url) => !url.search.includes('cursor='));
    expect(await resultNames(page)).toEqual(firstPage);

    await page.getByRole('link', { name: firstPage[0], exact: true }).click();
    await page.waitForURL(/\/providers\//);
    expect(await page.locator('h1').textContent()).toBe(firstPage[0]);
    expect(await page.locator('h2').allTextContents()).toContain('Care promises and what they rest on');
    expect(await page.getByRole('link', { name: 'Back to your results' }).getAttribute('href')).toBe(
      '/search?state=KS&category=gynecology',
    );

    await page.getByRole('link', { name: 'Ver esta página en español' }).click();
    await page.waitForURL(/lang=es/);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toBe(firstPage[0]);
    expect(await page.getByRole('link', { name: 'Volver a la búsqueda' }).getAttribute('href')).toBe('/search?lang=es');
    expect(await page.title()).toBe('Perfil del proveedor · Directorio de Atención Afirmativa');
    // The vocabularies come from the API in Spanish too: care promises, and the form's lists.
    expect(await page.locator('.care-attribute__name').allTextContents()).toContain('Afirma a personas LGBTQ+');
    await page.goto(`${site.baseUrl()}/search?state=KS&category=gynecology&lang=es`);
    expect(await page.locator('.result-card .care-attribute__name').allTextContents()).toContain(
      'Afirma a personas LGBTQ+',
    );
    expect(await page.locator('#search-state option').allTextContents()).toContain('Carolina del Norte');

    expectSameOrigin(requests);
    await close();
  });

  it('shows a refused search again with the message beside its field, as a 400', async () => {
    const { page, close } = await site.open({ javaScript });
    const response = await page.goto(`${site.baseUrl()}/search?state=KS&zip=6604`);

    expect(response?.status()).toBe(400);
    const zip = page.locator('#search-zip');
    expect(await zip.inputValue()).toBe('6604');
    expect(await zip.getAttribute('aria-invalid')).toBe('true');
    expect(await zip.getAttribute('aria-describedby')).toContain('search-zip-error');
    expect(await page.locator('#search-zip-error').textContent()).toBe('Enter a ZIP code with 5 digits, like 66044');
    expect(await page.getByRole('alert').textContent()).toContain('ZIP code: Enter a ZIP code with 5 digits');
    expect(await page.getByLabel('State you live in').inputValue()).toBe('KS');
    await close();
  });

  it('says what to loosen when nothing matches', async () => {
    const { page, close } = await site.open({ javaScript });
    await page.goto(`${site.baseUrl()}/search?state=KS&q=zzxxqq`);

    expect(await page.getByRole('heading', { name: 'No providers match this search' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Remove “zzxxqq”' }).click();
    await page.waitForURL((url) => url.search === '?state=KS');
    expect((await resultNames(page)).length).toBeGreaterThan(0);
    await close();
  });

  it('gives an unknown provider a 404 page that leads back to searching', async () => {
    const { page, close } = await site.open({ javaScript });
    const response = await page.goto(`${site.baseUrl()}/providers/00000000-0000-4000-8000-000000000000`);

    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('We could not find that page');
    await page.getByRole('link', { name: 'Search the directory' }).click();
    await page.waitForURL(/\/search$/);
    await close();
  });
});

describe('quick exit', () => {
  it('replaces the page with a neutral site, and Back does not bring it back', async () => {
    const { page, close } = await site.open();
    await page.goto(`${site.baseUrl()}/search?state=KS`);
    await page.getByRole('link', { name: 'Leave this site' }).click();
    await page.waitForURL(NEUTRAL_SITE);

    await page.goBack();
    expect(page.url()).not.toContain('/search');
    await close();
  });

  it('leaves on Escape pressed twice', async () => {
    const { page, close } = await site.open();
    await page.goto(`${site.baseUrl()}/providers/00000000-0000-4000-8000-000000000000`);
    expect(await page.locator('.quick-exit-bar__hint').textContent()).toBe(
      'Leave quickly: press Esc twice, or use “Leave this site”.',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);

    await page.goBack();
    expect(page.url()).not.toContain(site.baseUrl());
    await close();
  });

  it('is an ordinary link that leaves without JavaScript, and promises no more than a link does', async () => {
    const { page, close } = await site.open({ javaScript: false });
    await page.goto(`${site.baseUrl()}/`);
    expect(await page.locator('.quick-exit-bar__hint').textContent()).toBe(
      'To leave quickly, use “Leave this site”, then close this tab.',
    );
    await page.getByRole('link', { name: 'Leave this site' }).click();
    await page.waitForURL(NEUTRAL_SITE);
    await close();
  });
});

describe('keyboard only', () => {
  // Expressions evaluated in the page (this project's types describe Node, not the DOM).
  const ACTIVE_TEXT = 'document.activeElement?.textContent';

  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let step = 0; step < 80; step += 1) {
      if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)})`)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('skips to the content, fills the search and submits it, with focus always visible', async () => {
    const { page, close } = await site.open();
    await page.goto(`${site.baseUrl()}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(ACTIVE_TEXT)).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(ACTIVE_TEXT)).toBe('Leave this site');

    await tabTo(page, '#search-state');
    await page.keyboard.type('Kansas');
    await tabTo(page, '#search-category');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.type('Gynecology');
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);

    expect(new URL(page.url()).search).toBe('?state=KS&category=gynecology');
    await close();
  });
});

describe('screenshots for the README', () => {
  it.each([
    ['phone', PHONE_WIDTH],
    ['laptop', LAPTOP_WIDTH],
  ])('at %s width', async (name, width) => {
    const { page, close } = await site.open({ width });
    await page.goto(`${site.baseUrl()}/search?state=KS&category=gynecology`);
    await site.screenshot(page, `search-results-${name}`);
    await page.locator('.result-card__name a').first().click();
    await page.waitForURL(/\/providers\//);
    await site.screenshot(page, `provider-profile-${name}`);
    await close();
  });
});

describe('the specialty filter', () => {
  it('offers every specialty in scope under its kind of care', async () => {
    const { page, close } = await site.open();
    await page.goto(`${site.baseUrl()}/search?state=KS`);
    const optgroups = await page.locator('select[name="specialty"] optgroup').all();
    const groups = await Promise.all(
      optgroups.map(async (group) => ({
        label: await group.getAttribute('label'),
        options: await group.locator('option').count(),
      })),
    );
    const offered = (await (await fetch(`${site.baseUrl()}/api/v1/specialties`)).json()) as Array<{ category: string }>;
    const inCategory = (category: string) => offered.filter((s) => s.category === category).length;
    expect(groups).toEqual([
      { label: 'Gynecology', options: inCategory('gynecology') },
      { label: 'Primary care', options: inCategory('primary-care') },
    ]);
    await page.getByText('More filters').click();
    await page.getByLabel('Specialty').focus();
    await site.screenshot(page, 'search-specialty-filter');
    await close();
  });
});
