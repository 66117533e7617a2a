import { Role } from '@app/auth';
import { ListingStatus } from '@app/directory';
import { aReferralInput, CLIENT } from '@test/factories/referral.factory';
import { signedInAccount, type TestAccount } from '@test/support/accounts';
import { ListingWorkflow } from '@test/support/listing-workflow';
import { createReferral } from '@test/support/referrals';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { fillLogIn } from './forms';

const site = useWebSite({ signedIn: [Role.ADMIN, Role.THERAPIST] });
const workflow = new ListingWorkflow(site.testApp);

let provider: TestAccount;
let listingId: string;
let otherProvider: TestAccount;

beforeAll(async () => {
  const owned = await workflow.listingIn(ListingStatus.APPROVED);
  provider = owned.provider;
  listingId = owned.listing.id;
  otherProvider = (await workflow.listingIn(ListingStatus.APPROVED)).provider;
});

/** A therapist sends a client (Zephyrine, in Kansas, in person) to the provider's listing, through the API. */
async function aReferralSent(to = listingId): Promise<string> {
  const therapist = site.testApp.account(Role.THERAPIST);
  const sent = await createReferral(site.testApp.app(), therapist.token, aReferralInput(to));
  if (!sent.data) throw new Error(`could not send: ${JSON.stringify(sent.errors)}`);
  return sent.data.createReferral.id;
}

async function logIn(page: Page, account: TestAccount): Promise<void> {
  await page.goto(`${site.baseUrl()}/login`);
  await fillLogIn(page, account.email);
  await page.waitForURL(/\/inbox$/);
}

const main = (page: Page) => page.locator('main').innerText();

/** Clicks a form's button and returns the status the post answered with: 302 to the referral's page once recorded. */
async function post(page: Page, button: string): Promise<number | undefined> {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.request().method() === 'POST'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

function expectNoClientDetails(text: string): void {
  for (const detail of [CLIENT.name, CLIENT.email, CLIENT.phone, CLIENT.note]) expect(text).not.toContain(detail);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the referral inbox %s', (_, javaScript) => {
  it('takes a new referral from the inbox to accepted, scheduled and seen; the client shows only once accepted', async () => {
    const id = await aReferralSent();
    const { page, close } = await site.open({ javaScript });
    await logIn(page, provider);

    const row = page.locator('tbody tr', { has: page.locator(`a[href="/inbox/${id}"]`) });
    expect(await row.innerText()).toMatch(/Bleeding after sex[\s\S]*Soon[\s\S]*Kansas, in person[\s\S]*New/);
    expect(await row.innerText()).toContain('Open it, then accept or decline it by');
    expectNoClientDetails(await main(page));

    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/inbox/${id}$`));
    expect(await page.locator('h1').innerText()).toMatch(/^Referral received /);
    expect(await main(page)).toContain('Status: New, opened');
    expect(await main(page)).toContain('You will see who the client is, and how to reach them, after accepting.');
    expect(await main(page)).toContain('Patient-paced exams');
    expectNoClientDetails(await main(page));
    expect(await page.title()).toBe('Referral · Affirming Care Directory');

    expect(await post(page, 'Accept the referral')).toBe(302);
    expect(await page.getByRole('status').innerText()).toContain('You accepted this referral.');
    const accepted = await main(page);
    expect(accepted).toContain('Status: Accepted');
    for (const detail of [CLIENT.name, CLIENT.email, CLIENT.phone, CLIENT.note]) expect(accepted).toContain(detail);
    expect(accepted).toContain('By email');
    expect(await page.getByRole('button', { name: 'Accept the referral' }).count()).toBe(0);

    await page.getByLabel('Appointment date').fill('2026-12-03');
    expect(await post(page, 'Record the appointment')).toBe(302);
    expect(await main(page)).toContain('Status: Appointment scheduled');
    expect(await main(page)).toContain('December 3, 2026');

    expect(await post(page, 'The client was seen')).toBe(302);
    expect(await main(page)).toContain('Status: Seen');
    expect(await main(page)).toContain('This referral is closed');
    expect(await page.locator('main').getByRole('button').count()).toBe(0);

    await page.getByRole('link', { name: 'Back to the referral inbox' }).click();
    expect(await page.locator(`a[href="/inbox/${id}"]`).count()).toBe(0);
    await page.getByRole('link', { name: 'Closed', exact: true }).click();
    expect(await page.locator('tbody tr', { has: page.locator(`a[href="/inbox/${id}"]`) }).innerText()).toContain(
      'Seen',
    );
    await close();
  });

  it('declines with a reason; the form left open elsewhere then meets the conflict and the current state', async () => {
    const id = await aReferralSent();
    const { page, close } = await site.open({ javaScript });
    await logIn(page, provider);
    await page.goto(`${site.baseUrl()}/inbox/${id}`);
    const stalePage = await page.context().newPage();
    await stalePage.goto(`${site.baseUrl()}/inbox/${id}`);

    expect(await post(page, 'Decline the referral')).toBe(400);
    const reasonError = page.locator('#decline-reason-error');
    expect(await reasonError.innerText()).toBe('Choose a reason from the list');
    expect(await page.getByLabel('Why you cannot see this client').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Why you cannot see this client').selectOption({ label: 'I cannot see them soon enough' });
    expect(await post(page, 'Decline the referral')).toBe(302);
    expect(await page.getByRole('status').innerText()).toContain('You declined this referral.');
    expect(await main(page)).toContain('Status: Declined');
    expect(await main(page)).toContain('I cannot see them soon enough');

    // The other tab still shows the accept button of the referral as it was.
    expect(await post(stalePage, 'Accept the referral')).toBe(409);
    expect(await stalePage.getByRole('alert').innerText()).toContain('Someone else already answered this referral');
    expect(await main(stalePage)).toContain('Status: Declined');
    expect(await stalePage.getByRole('button', { name: 'Accept the referral' }).count()).toBe(0);
    expectNoClientDetails(await main(stalePage));
    expect(await main(stalePage)).toContain('This referral closed before you accepted it');
    await site.screenshot(stalePage, `provider-inbox-conflict-${javaScript ? 'js' : 'no-js'}`);
    await close();
  });

  it('records a visit the client missed, and a client who could not be reached', async () => {
    const missed = await aReferralSent();
    const unreachable = await aReferralSent();
    const { page, close } = await site.open({ javaScript });
    await logIn(page, provider);

    await page.goto(`${site.baseUrl()}/inbox/${missed}`);
    await post(page, 'Accept the referral');
    expect(await post(page, 'Record the appointment')).toBe(302);
    expect(await main(page)).toContain('Scheduled, date not given');
    expect(await post(page, 'The client did not come')).toBe(302);
    expect(await main(page)).toContain('Status: Did not come');
    expect(await main(page)).toContain(CLIENT.name);

    await page.goto(`${site.baseUrl()}/inbox/${unreachable}`);
    await post(page, 'Accept the referral');
    expect(await post(page, 'I could not reach the client')).toBe(302);
    expect(await page.getByRole('status').innerText()).toContain('the therapist has been told');
    expect(await main(page)).toContain('Status: Could not reach the client');
    await close();
  });

  it('says beside the date when it is not a real one', async () => {
    const id = await aReferralSent();
    const { page, close } = await site.open({ javaScript });
    await logIn(page, provider);
    await page.goto(`${site.baseUrl()}/inbox/${id}`);
    await post(page, 'Accept the referral');

    // Browsers without a date picker send what was typed.
    await page.getByLabel('Appointment date').evaluate((input) => {
      // This project's types describe Node, not the DOM: the element is an <input>.
      (input as unknown as { type: string }).type = 'text';
    });
    await page.getByLabel('Appointment date').fill('2026-02-30');
    expect(await post(page, 'Record the appointment')).toBe(400);
    expect(await page.locator('#schedule-date-error').innerText()).toBe('Enter a real date, like 2026-12-03');
    // Kept as typed: the date input itself shows a value it cannot read as empty.
    expect(await page.getByLabel('Appointment date').getAttribute('value')).toBe('2026-02-30');
    expect(await main(page)).toContain('Status: Accepted');
    await close();
  });

  it('is another provider’s 404 page; a provider without a listing is sent to create one', async () => {
    const id = await aReferralSent();
    const { page, close } = await site.open({ javaScript });
    await logIn(page, otherProvider);
    const response = await page.goto(`${site.baseUrl()}/inbox/${id}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('We could not find that page');
    await close();

    const newcomer = await signedInAccount(site.testApp.app(), site.testApp.database(), Role.PROVIDER);
    const second = await site.open({ javaScript });
    await logIn(second.page, newcomer);
    expect(await main(second.page)).toContain('You do not have a listing yet');
    expect(await second.page.getByRole('link', { name: 'Create your listing' }).getAttribute('href')).toBe(
      '/my-listing',
    );
    await second.close();
  });
});

describe('a long inbox', () => {
  it('shows the newest referrals first and the older ones on the next page', async () => {
    const busy = await workflow.listingIn(ListingStatus.APPROVED);
    const ids: string[] = [];
    for (let sent = 0; sent < 26; sent += 1) ids.push(await aReferralSent(busy.listing.id));
    const { page, close } = await site.open({ javaScript: false });
    await logIn(page, busy.provider);

    expect(await page.locator('tbody tr').count()).toBe(25);
    expect(await page.locator(`a[href="/inbox/${ids[0]}"]`).count()).toBe(0);
    await page.getByRole('link', { name: 'Older referrals' }).click();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator(`a[href="/inbox/${ids[0]}"]`).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Older referrals' }).count()).toBe(0);
    await close();
  });
});

/** No axe violations, one h1, and a screenshot to look at. */
async function checkPage(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
  await site.screenshot(page, `provider-inbox-${name}`);
}

describe.each([PHONE_WIDTH, LAPTOP_WIDTH])('at %i px wide', (width) => {
  it('the inbox and a referral, before and after accepting, have no axe violations and one h1', async () => {
    const id = await aReferralSent();
    const { page, close } = await site.open({ width });
    await logIn(page, provider);

    await checkPage(page, `list-${width}`);
    await page.goto(`${site.baseUrl()}/inbox/${id}`);
    await checkPage(page, `new-referral-${width}`);
    await post(page, 'Accept the referral');
    await checkPage(page, `accepted-referral-${width}`);
    await page.goto(`${site.baseUrl()}/inbox/${id}?lang=es`);
    await checkPage(page, `accepted-referral-es-${width}`);
    await page.goto(`${site.baseUrl()}/inbox?show=waiting&lang=es`);
    await checkPage(page, `list-es-${width}`);
    await close();
  });

  it('the inbox of a provider without a listing has no axe violations and one h1', async () => {
    const newcomer = await signedInAccount(site.testApp.app(), site.testApp.database(), Role.PROVIDER);
    const { page, close } = await site.open({ width });
    await logIn(page, newcomer);
    await checkPage(page, `no-listing-${width}`);
    await close();
  });
});
