import { Role } from '@app/auth';
import { ListingStatus } from '@app/directory';
import { aReferralInput, CLIENT } from '@test/factories/referral.factory';
import { nextOneTimeCode, signedInAccount, TEST_PASSWORD, type TestAccount } from '@test/support/accounts';
import { graphql } from '@test/support/graphql';
import { ListingWorkflow } from '@test/support/listing-workflow';
import { act, createReferral, openReferral } from '@test/support/referrals';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';

const site = useWebSite({ signedIn: [Role.ADMIN, Role.THERAPIST] });
const workflow = new ListingWorkflow(site.testApp);

const DECLINES_NOT_LICENSED = 3;
let listing: { id: string; name: string };
let acceptedReferralId: string;
let adminCookies: Awaited<ReturnType<BrowserContext['cookies']>>;

/** A therapist sends a client in Kansas to the listing, through the API; the provider opens it. */
async function aReferralOpened(provider: TestAccount): Promise<string> {
  const therapist = site.testApp.account(Role.THERAPIST);
  const sent = await createReferral(site.testApp.app(), therapist.token, aReferralInput(listing.id));
  if (!sent.data) throw new Error(`could not send: ${JSON.stringify(sent.errors)}`);
  const id = sent.data.createReferral.id;
  await openReferral(site.testApp.app(), provider.token, id);
  return id;
}

async function answered(provider: TestAccount, mutation: string, reason?: string): Promise<string> {
  const id = await aReferralOpened(provider);
  const extra: Record<string, { type: string; value: unknown }> = reason
    ? { reason: { type: 'DeclineReason!', value: reason } }
    : {};
  const response = await act(site.testApp.app(), provider.token, mutation, id, extra);
  if (response.errors) throw new Error(`${mutation} failed: ${JSON.stringify(response.errors)}`);
  return id;
}

/** Logs the admin in once, with the second factor, and keeps the session's cookies for every page after. */
async function adminSessionCookies(): Promise<typeof adminCookies> {
  const admin = site.testApp.account(Role.ADMIN);
  const { page, close } = await site.open({ javaScript: false });
  await page.goto(`${site.baseUrl()}/login`);
  await page.getByLabel('Email address').fill(admin.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('Code from your authenticator app').fill(nextOneTimeCode(admin));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/admin\//);
  const cookies = await page.context().cookies();
  await close();
  return cookies;
}

beforeAll(async () => {
  const owned = await workflow.listingIn(ListingStatus.APPROVED);
  listing = { id: owned.listing.id, name: '' };
  acceptedReferralId = await answered(owned.provider, 'acceptReferral');
  for (let i = 0; i < DECLINES_NOT_LICENSED; i += 1) {
    await answered(owned.provider, 'declineReferral', 'NOT_LICENSED_IN_CLIENT_STATE');
  }
  await aReferralOpened(owned.provider);
  const { referralStatistics } = await adminQuery<{
    referralStatistics: { nodes: Array<{ listing: typeof listing }> };
  }>('{ referralStatistics(first: 100) { nodes { listing { id name } } } }');
  listing.name = referralStatistics.nodes.find((node) => node.listing.id === listing.id)?.listing.name ?? '';
  adminCookies = await adminSessionCookies();
});

async function adminQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(site.testApp.app(), query, variables, site.testApp.account(Role.ADMIN).token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

async function adminPage(options: { javaScript: boolean; width?: number }) {
  const opened = await site.open(options);
  await opened.page.context().addCookies(adminCookies);
  return opened;
}

/** The public search's count of approved listings serving a state. */
async function searchCount(filter: Record<string, unknown>): Promise<number> {
  const response = await graphql<{ providers: { totalCount: number } }>(
    site.testApp.app(),
    'query ($filter: ProviderFilter) { providers(filter: $filter, first: 1) { totalCount } }',
    { filter },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.providers.totalCount;
}

/** The text of each cell of one row of a table, the row named by its header cell. */
const rowCells = (page: Page, tableCaption: RegExp, rowHead: string) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: tableCaption }) })
    .locator('tbody tr', { has: page.locator('th', { hasText: rowHead }) })
    .locator('td')
    .allInnerTexts();

/** At phone and laptop width: one h1, a screenshot, and no axe violation (axe runs in the page: with JavaScript). */
async function expectAccessible(page: Page, name: string, javaScript: boolean): Promise<void> {
  for (const width of [PHONE_WIDTH, LAPTOP_WIDTH]) {
    await page.setViewportSize({ width, height: 900 });
    if (javaScript) expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
    await site.screenshot(page, `${name}-${width}`);
  }
}

function expectNoClientDetails(text: string): void {
  for (const detail of [CLIENT.name, CLIENT.email, CLIENT.phone, CLIENT.note]) expect(text).not.toContain(detail);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the admin’s figures %s', (_, javaScript) => {
  it('gives the referral figures by state and by listing, and the listing the declines flagged', async () => {
    const { page, close } = await adminPage({ javaScript });
    await page.goto(`${site.baseUrl()}/admin/figures`);

    expect(await page.title()).toBe('Referral figures · Affirming Care Directory');
    const [sent, accepted, declined, median, outcomes] = await rowCells(page, /by the state the client/, 'Kansas');
    expect({ sent, accepted, declined, outcomes }).toEqual({
      sent: '5',
      accepted: '1',
      declined: 'Not licensed in the client’s state: 3',
      outcomes: 'None',
    });
    expect(median).toMatch(/^[\d.]+ h$/);
    expect((await rowCells(page, /by listing/, listing.name)).slice(0, 3)).toEqual([sent, accepted, declined]);
    const [, signals, rule] = await rowCells(page, /flagged/, listing.name);
    expect(signals).toBe('Declined: not licensed in the client’s state: 3');
    expect(rule).toMatch(/^3 signals within \d+ days$/);
    expectNoClientDetails(await page.locator('main').innerText());

    await expectAccessible(page, `admin-figures-${javaScript ? 'js' : 'no-js'}`, javaScript);
    await close();
  });

  it('gives the coverage of each state as the public search counts it, and the declines for want of a license', async () => {
    const { page, close } = await adminPage({ javaScript });
    await page.goto(`${site.baseUrl()}/admin/coverage`);

    expect(await page.title()).toBe('Coverage · Affirming Care Directory');
    for (const [state, name] of [
      ['KS', 'Kansas'],
      ['CA', 'California'],
      ['NY', 'New York'],
    ]) {
      const counts = await Promise.all([
        searchCount({ state, category: 'GYNECOLOGY', mode: 'IN_PERSON' }),
        searchCount({ state, category: 'GYNECOLOGY', mode: 'TELEHEALTH' }),
        searchCount({ state, category: 'PRIMARY_CARE', mode: 'IN_PERSON' }),
        searchCount({ state, category: 'PRIMARY_CARE', mode: 'TELEHEALTH' }),
        searchCount({ state }),
      ]);
      const cells = await page.locator(`#coverage-${state} td`).allInnerTexts();
      const declines = state === 'KS' ? DECLINES_NOT_LICENSED : 0;
      expect({ name, cells }).toEqual({ name, cells: [...counts, declines].map((n) => n.toLocaleString('en-US')) });
    }
    expect(await page.locator('svg[role=img] title').textContent()).toContain('Bar chart of approved listings');

    await expectAccessible(page, `admin-coverage-${javaScript ? 'js' : 'no-js'}`, javaScript);
    await page.locator('#coverage-chart-heading').scrollIntoViewIfNeeded();
    await site.screenshot(page, `admin-coverage-chart-${javaScript ? 'js' : 'no-js'}`);
    await close();
  });
});

describe('the audit exports', () => {
  it('give a listing’s audit trail as CSV, one row per event', async () => {
    const { listingHistory } = await adminQuery<{ listingHistory: Array<{ action: string }> }>(
      'query ($id: ID!) { listingHistory(id: $id) { action } }',
      { id: listing.id },
    );
    const { page, close } = await adminPage({ javaScript: false });
    const response = await page.request.get(`${site.baseUrl()}/admin/listings/${listing.id}/audit.csv`);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="listing-${listing.id}-audit.csv"`);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('When (UTC),Action,From status,To status,Account,Reason,Revision,Claim');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(listingHistory.map((event) => event.action));
    await close();
  });

  it('give a referral’s audit trail as CSV: events only, nothing about the client', async () => {
    const { referralAudit } = await adminQuery<{ referralAudit: Array<{ action: string }> }>(
      'query ($id: ID!) { referralAudit(id: $id) { action } }',
      { id: acceptedReferralId },
    );
    const { page, close } = await adminPage({ javaScript: false });
    const response = await page.request.get(`${site.baseUrl()}/admin/referrals/${acceptedReferralId}/audit.csv`);

    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('attachment;');
    const text = await response.text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('When (UTC),Action,Role,Account');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(referralAudit.map((entry) => entry.action));
    expect(referralAudit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['CREATE', 'CHANGE_STATUS']));
    expectNoClientDetails(text);
    await close();
  });
});

describe('to anyone but an admin', () => {
  const addresses = () => [
    '/admin/figures',
    '/admin/coverage',
    `/admin/listings/${listing.id}/audit.csv`,
    `/admin/referrals/${acceptedReferralId}/audit.csv`,
  ];

  it('every page and export is a page that does not exist, signed out or signed in', async () => {
    const provider = await signedInAccount(site.testApp.app(), site.testApp.database(), Role.PROVIDER);
    const { page, close } = await site.open({ javaScript: false });
    for (const address of addresses()) {
      expect({ address, status: (await page.request.get(`${site.baseUrl()}${address}`)).status() }).toEqual({
        address,
        status: 404,
      });
    }
    await page.goto(`${site.baseUrl()}/login`);
    await page.getByLabel('Email address').fill(provider.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/inbox$/);
    for (const address of addresses()) {
      expect({ address, status: (await page.request.get(`${site.baseUrl()}${address}`)).status() }).toEqual({
        address,
        status: 404,
      });
    }
    await close();
  });
});
