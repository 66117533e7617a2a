import { Role } from '@app/auth';
import { aReferralInput } from '@test/factories/referral.factory';
import { signedInAccount, type TestAccount } from '@test/support/accounts';
import { act, createReferral, listingOwner, openReferral, sql } from '@test/support/referrals';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite, type PageOptions } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { fillLogIn, tick } from './forms';

const site = useWebSite();
const app = () => site.testApp.app();
const database = () => site.testApp.database();

interface Listing {
  id: string;
  displayName: string;
  firstName: string;
  lastName: string;
  locations: Array<{ state: string }>;
  telehealthStates: string[];
}

/**
 * The first Kansas gynecology result (that `pick` wants), in the search page's order, with a provider account to
 * receive referrals.
 */
async function firstKansasListing(pick: (hit: { acceptingNewPatients: boolean }) => boolean = () => true) {
  const search = await fetch(`${site.baseUrl()}/api/v1/providers?state=KS&category=gynecology&limit=100`);
  const { data } = (await search.json()) as { data: Array<{ id: string; acceptingNewPatients: boolean }> };
  const profile = await fetch(`${site.baseUrl()}/api/v1/providers/${data.find(pick)!.id}`);
  const listing = (await profile.json()) as Listing;
  await listingOwner(app(), database(), listing.id);
  return listing;
}

async function signedInPage(therapist: TestAccount, options: PageOptions = {}) {
  const opened = await site.open(options);
  await opened.page.goto(`${site.baseUrl()}/login`);
  await fillLogIn(opened.page, therapist.email);
  await opened.page.waitForURL(/\/referrals$/);
  return opened;
}

/** The name referrals give the listing: without the credentials its public name shows. */
function nameOnReferrals(listing: Listing): string {
  return `${listing.firstName} ${listing.lastName}`;
}

/** Fills every field of the referral form, for a client in `state` wanting `modality` care. */
async function fillReferralForm(page: Page, state: string, modality: string): Promise<void> {
  await page.getByLabel('Reason for the referral').selectOption('pelvic-pain');
  await tick(page, 'Soon: within a week or two');
  await page.getByLabel('State your client lives in').selectOption(state);
  await tick(page, modality);
  await tick(page, /^Patient-paced exams/);
  await page.getByLabel('Your client’s first name or initials').fill('Zeph');
  await tick(page, 'The provider emails my client');
  await page.getByLabel('Your client’s email address').fill('zeph.private@example.test');
  await page.getByLabel('Note for the provider').fill('Anxious about exams; please go slowly.');
  await tick(page, 'My client agreed to this referral');
  await tick(page, 'Out loud, in a session');
}

async function referralCount(therapist: TestAccount): Promise<number> {
  const [{ count }] = await sql<{ count: string }>(
    database(),
    'SELECT count(*) FROM referrals WHERE therapist_account_id = $1',
    [therapist.id],
  );
  return Number(count);
}

async function sentReferralId(therapist: TestAccount, listingId: string): Promise<string> {
  const sent = await createReferral(app(), therapist.token, aReferralInput(listingId, { modality: 'EITHER' }));
  return sent.data!.createReferral.id;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a therapist %s', (_, javaScript) => {
  it('finds a provider, refers a client, follows the referral in the list and cancels it', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const { page, close } = await site.open({ javaScript });
    await page.goto(`${site.baseUrl()}/search?state=KS&category=gynecology`);
    await page.getByRole('link', { name: `Refer a client to ${listing.displayName}` }).click();
    await page.waitForURL(/\/login\?next=/);
    await fillLogIn(page, therapist.email);
    await page.waitForURL(/\/referrals\/new\?provider=/);

    expect(await page.locator('h1').textContent()).toBe('Refer a client');
    expect(await page.getByRole('heading', { name: `To ${listing.displayName}` }).count()).toBe(1);
    expect(await page.title()).toBe('Refer a client · Affirming Care Directory');
    await fillReferralForm(page, 'KS', 'Either way');
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);

    expect(await page.locator('h1').textContent()).toBe(`Referral to ${nameOnReferrals(listing)}`);
    expect(await page.locator('.referral-facts').first().textContent()).toContain('StatusSent');
    expect(await page.getByText('You sent the referral').count()).toBe(1);
    expect(await page.getByText('Anxious about exams; please go slowly.').count()).toBe(1);
    expect(await page.title()).toBe('Referral · Affirming Care Directory');
    const referralUrl = page.url();

    await page.getByRole('link', { name: 'All my referrals' }).click();
    await page.waitForURL(/\/referrals$/);
    const row = page.locator('tbody tr', { hasText: nameOnReferrals(listing) });
    expect(await row.textContent()).toContain('Sent');
    expect(await row.textContent()).toContain('The provider to answer');

    await page.goto(referralUrl);
    await page.getByLabel('Why you are cancelling').selectOption('SENT_IN_ERROR');
    await page.getByRole('button', { name: 'Cancel the referral' }).click();
    await page.waitForURL(referralUrl);
    expect(await page.locator('.referral-timeline').textContent()).toContain(
      'You cancelled it. Reason: I sent it by mistake',
    );
    expect(await page.locator('.referral-facts').first().textContent()).toContain('StatusCancelled');
    expect(await page.getByRole('button', { name: 'Cancel the referral' }).count()).toBe(0);

    await page.goto(`${site.baseUrl()}/referrals?status=CANCELLED`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.goto(`${site.baseUrl()}/referrals?status=SENT`);
    expect(await page.getByText('No referrals with this status.').count()).toBe(1);
    await close();
  });

  it('keeps the answers of a refused referral and says why beside the field', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const served = new Set(listing.locations.map((location) => location.state));
    const unserved = ['AK', 'HI', 'VT', 'WY', 'ND'].find((state) => !served.has(state))!;
    const { page, close } = await signedInPage(therapist, { javaScript });
    await page.goto(`${site.baseUrl()}/referrals/new?provider=${listing.id}`);
    await fillReferralForm(page, unserved, 'In person, at an office');
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send the referral' }).click();

    expect((await response).status()).toBe(400);
    await page.waitForSelector('#referral-clientState-error');
    const stateName = await page.locator(`#referral-clientState option[value="${unserved}"]`).textContent();
    expect(await page.locator('#referral-clientState-error').textContent()).toBe(
      `This provider has no office in ${stateName}. Choose telehealth if they offer it there, or another provider.`,
    );
    expect(await page.locator('#referral-clientState').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toContain('The referral was not sent.');
    expect(await page.getByLabel('State your client lives in').inputValue()).toBe(unserved);
    expect(await page.getByLabel('Your client’s first name or initials').inputValue()).toBe('Zeph');
    expect(await page.getByLabel('Note for the provider').inputValue()).toBe('Anxious about exams; please go slowly.');
    expect(await page.getByLabel('In person, at an office').isChecked()).toBe(true);
    expect(await page.getByLabel(/^Patient-paced exams/).isChecked()).toBe(true);
    expect(await page.getByLabel('My client agreed to this referral').isChecked()).toBe(true);
    // axe runs in the page: only where the page runs scripts.
    if (javaScript) await expectAccessible(page);
    expect(await referralCount(therapist)).toBe(0);
    await close();
  });

  it('sends one referral when the same form is posted twice', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const { page, close } = await signedInPage(therapist, { javaScript });
    await page.goto(`${site.baseUrl()}/referrals/new?provider=${listing.id}`);
    await fillReferralForm(page, 'KS', 'Either way');
    const posted = page.waitForRequest((request) => request.method() === 'POST');
    await page.getByRole('button', { name: 'Send the referral' }).click();
    const firstPost = await posted;
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);

    // The same form again, as a double click or a retry sends it: same fields, same key, same cookies.
    const again = await page.context().request.post(firstPost.url(), {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: firstPost.postData()!,
      maxRedirects: 0,
    });
    expect(again.status()).toBe(302);
    expect(new URL(again.headers().location, site.baseUrl()).pathname).toBe(new URL(page.url()).pathname);
    expect(await referralCount(therapist)).toBe(1);
    await close();
  });

  it('offers the therapist’s own today as the day consent was given, where the page runs scripts', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const { page, close } = await signedInPage(therapist, { javaScript, timezoneId: 'America/Chicago' });
    // Until six in the morning UTC it is still the evening before in Chicago. The browser's clock never runs ahead of
    // the server's, which would see the session as ending.
    const utcToday = new Date().toISOString().slice(0, 10);
    const chicagoEvening = new Date(Math.min(Date.now(), Date.parse(`${utcToday}T03:00:00Z`)));
    await page.clock.setFixedTime(chicagoEvening);
    await page.goto(`${site.baseUrl()}/referrals/new?provider=${listing.id}`);

    const dayBefore = new Date(chicagoEvening.getTime() - 86_400_000);
    const isoDay = (date: Date) => date.toISOString().slice(0, 10);
    expect(await page.getByLabel('When your client agreed').inputValue()).toBe(
      javaScript ? isoDay(dayBefore) : utcToday,
    );

    await fillReferralForm(page, 'KS', 'Either way');
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    const recorded = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    expect(await page.locator('main').textContent()).toContain(
      `Out loud, in a session, on ${recorded.format(javaScript ? dayBefore : chicagoEvening)}`,
    );
    await close();
  });

  it('records how it went once the provider has seen the client', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const provider = await listingOwner(app(), database(), listing.id);
    const id = await sentReferralId(therapist, listing.id);
    await openReferral(app(), provider.token, id);
    for (const step of ['acceptReferral', 'scheduleReferral', 'completeReferral']) {
      expect((await act(app(), provider.token, step, id)).errors).toBeUndefined();
    }
    const { page, close } = await signedInPage(therapist, { javaScript });
    await page.goto(`${site.baseUrl()}/referrals/${id}`);
    expect(await page.locator('.referral-facts').first().textContent()).toContain(
      'Waiting onYou, to record how it went',
    );
    await tick(page, 'Seen, and the care was affirming');
    await page.getByLabel('Note for the directory’s team').fill('Went well.');
    await page.getByRole('button', { name: 'Record how it went' }).click();
    await page.waitForSelector('text=How it wentSeen, and the care was affirming');

    expect(await page.locator('.referral-facts').first().textContent()).toContain('Waiting onNothing');
    expect(await page.getByRole('button', { name: 'Record how it went' }).count()).toBe(0);
    expect(await page.locator('.referral-timeline').textContent()).toContain('The provider marked the visit as done');
    await close();
  });

  it('says someone else changed the referral when the provider answered first', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const provider = await listingOwner(app(), database(), listing.id);
    const id = await sentReferralId(therapist, listing.id);
    const { page, close } = await signedInPage(therapist, { javaScript });
    await page.goto(`${site.baseUrl()}/referrals/${id}`);
    await openReferral(app(), provider.token, id);
    await act(app(), provider.token, 'declineReferral', id, {
      reason: { type: 'DeclineReason!', value: 'NO_CAPACITY' },
    });
    await page.getByLabel('Why you are cancelling').selectOption('NO_LONGER_NEEDED');
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Cancel the referral' }).click();

    expect((await response).status()).toBe(409);
    await page.waitForSelector('[role=alert]');
    expect(await page.getByRole('alert').textContent()).toContain('Someone else changed this referral just now');
    expect(await page.locator('.referral-facts').first().textContent()).toContain('StatusDeclined');
    expect(await page.locator('.referral-timeline').textContent()).toContain(
      'The provider declined it. Reason: No room for more patients right now',
    );
    await close();
  });

  it('gets the 404 page for another therapist’s referral', async () => {
    const listing = await firstKansasListing();
    const other = await signedInAccount(app(), database(), Role.THERAPIST);
    const id = await sentReferralId(other, listing.id);
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const { page, close } = await signedInPage(therapist, { javaScript });
    const response = await page.goto(`${site.baseUrl()}/referrals/${id}`);

    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('We could not find that page');
    await close();
  });
});

describe('the referral pages', () => {
  it('warn before referring to a provider not taking new patients', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing((hit) => !hit.acceptingNewPatients);
    const { page, close } = await signedInPage(therapist);
    await page.goto(`${site.baseUrl()}/referrals/new?provider=${listing.id}`);

    expect(await page.locator('.usa-alert--warning').textContent()).toContain(
      'This provider is not taking new patients right now.',
    );
    await fillReferralForm(page, 'KS', 'Either way');
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    expect(await page.getByText('When you sent it, the provider was not taking new patients.').count()).toBe(1);
    await close();
  });

  it('page through a long list of referrals', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    for (let sent = 0; sent < 21; sent += 1) await sentReferralId(therapist, listing.id);
    const { page, close } = await signedInPage(therapist, { javaScript: false });

    expect(await page.locator('tbody tr').count()).toBe(20);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/cursor=/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL((url) => !url.search.includes('cursor='));
    expect(await page.locator('tbody tr').count()).toBe(20);
    await close();
  });

  it('send a provider who follows a referral mail to their inbox', async () => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const provider = await listingOwner(app(), database(), listing.id);
    const id = await sentReferralId(therapist, listing.id);
    const { page, close } = await site.open({ javaScript: false });
    await page.goto(`${site.baseUrl()}/referrals/${id}`);
    await fillLogIn(page, provider.email);
    await page.waitForURL((url) => url.pathname === `/inbox/${id}`);
    await close();
  });

  it.each([
    ['phone', PHONE_WIDTH],
    ['laptop', LAPTOP_WIDTH],
  ])('pass axe with one h1 at %s width', async (name, width) => {
    const therapist = await signedInAccount(app(), database(), Role.THERAPIST);
    const listing = await firstKansasListing();
    const id = await sentReferralId(therapist, listing.id);
    const { page, close } = await signedInPage(therapist, { width });

    await expectAccessible(page);
    await site.screenshot(page, `referrals-list-${name}`);
    await page.goto(`${site.baseUrl()}/referrals/new?provider=${listing.id}`);
    await expectAccessible(page);
    await site.screenshot(page, `referral-form-${name}`);
    await page.goto(`${site.baseUrl()}/referrals/${id}`);
    await expectAccessible(page);
    await site.screenshot(page, `referral-page-${name}`);
    await page.goto(`${site.baseUrl()}/referrals/${id}?lang=es`);
    expect(await page.locator('h1').textContent()).toBe(`Derivación a ${nameOnReferrals(listing)}`);
    await expectAccessible(page);
    await close();
  });
});
