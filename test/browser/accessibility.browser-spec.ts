import { axeViolations } from './axe';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';

const site = useWebSite();

// Every kind of public page, in both languages where the wording differs most.
const PAGES = [
  '/',
  '/?lang=es',
  '/search?state=KS&category=gynecology',
  '/search?state=KS&zip=abc&sort=distance',
  '/search?state=KS&q=zzxxqq',
  '/search?state=KS&lang=es',
  'first-profile',
  'first-profile?lang=es',
  '/states',
  '/states/ks',
  '/states/id/primary-care',
  '/no-such-page',
];

let firstProfile: string;

beforeAll(async () => {
  const response = await fetch(`${site.baseUrl()}/api/v1/providers?state=KS&limit=1`);
  const body = (await response.json()) as { data: Array<{ id: string }> };
  firstProfile = `/providers/${body.data[0].id}`;
});

const pathOf = (page: string) => page.replace('first-profile', firstProfile);

describe.each([PHONE_WIDTH, LAPTOP_WIDTH])('at %i px wide', (width) => {
  it.each(PAGES)('%s has no axe violations and one h1', async (path) => {
    const { page, close } = await site.open({ width });
    await page.goto(`${site.baseUrl()}${pathOf(path)}`);

    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    await close();
  });
});

describe('reflow', () => {
  // 320 px wide is WCAG 1.4.10's phone; 640 px is a 1280 px screen at 200% zoom.
  it.each([320, 640])('no page scrolls sideways at %i px', async (width) => {
    const { page, close } = await site.open({ width });
    const overflowing: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.baseUrl()}${pathOf(path)}`);
      const scrollsSideways = await page.evaluate(
        'document.documentElement.scrollWidth > document.documentElement.clientWidth',
      );
      if (scrollsSideways) overflowing.push(path);
    }
    expect(overflowing).toEqual([]);
    await close();
  });
});
