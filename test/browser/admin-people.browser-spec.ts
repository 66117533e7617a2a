import { AccountStatus, Role } from '@app/auth';
import { PasswordHasher, totpCode } from '@app/auth/testing';
import { insertAccount } from '@test/factories/account.factory';
import { TEST_PASSWORD } from '@test/support/accounts';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

const site = useWebSite();
let passwordHash: Promise<string> | undefined;

async function account(role: Role, options: { status?: AccountStatus; licenseVerified?: boolean } = {}) {
  passwordHash ??= new PasswordHasher().hash(TEST_PASSWORD);
  return insertAccount(site.testApp.database(), role, { ...options, passwordHash: await passwordHash });
}

async function logIn(page: Page, email: string, oneTimeCode?: string): Promise<void> {
  await page.goto(`${site.baseUrl()}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (!oneTimeCode) return;
  await page.getByLabel(/code/i).first().waitFor();
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel(/code/i).first().fill(oneTimeCode);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/admin\//);
}

/** A fresh admin for each browser: a second-factor code is accepted only once. */
async function adminPage(javaScript: boolean, width = LAPTOP_WIDTH) {
  const admin = await account(Role.ADMIN);
  const opened = await site.open({ javaScript, width });
  await logIn(opened.page, admin.email, totpCode(admin.totpSecret as string));
  return opened;
}

const card = (page: Page, email: string) => page.locator('article.people-card', { hasText: email });

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('vetting people %s', (_, javaScript) => {
  it('records a license check, then approves the therapist, who can then log in', async () => {
    const therapist = await account(Role.THERAPIST, { status: AccountStatus.PENDING_APPROVAL, licenseVerified: false });
    const { page, close } = await adminPage(javaScript);
    await page.goto(`${site.baseUrl()}/admin/therapists`);
    const entry = card(page, therapist.email);
    expect(await entry.textContent()).toContain('Approval needs at least one verified license');

    await entry.getByLabel('Where you checked it').fill('KS Behavioral Sciences Regulatory Board lookup');
    await entry.getByLabel(/Result and notes/).fill('Active, no discipline, expires 2027-06-30');
    await entry.getByRole('button', { name: 'Record the verification' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('The license verification is recorded.');
    expect(await card(page, therapist.email).textContent()).toContain(
      'at KS Behavioral Sciences Regulatory Board lookup',
    );

    await card(page, therapist.email).getByRole('link', { name: 'Approve…' }).click();
    const confirmation = page.locator('.people-decision');
    expect(await confirmation.textContent()).toContain('can log in at once and send referrals');
    await confirmation.getByRole('button', { name: 'Yes, approve' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('The account is approved');
    expect(await page.locator('article.people-card', { hasText: therapist.email }).count()).toBe(0);
    await close();

    const own = await site.open({ javaScript });
    await logIn(own.page, therapist.email);
    await own.page.waitForURL(/\/referrals$/);
    await own.close();
  });

  it('rejects a therapist with a reason, asking for one first', async () => {
    const therapist = await account(Role.THERAPIST, { status: AccountStatus.PENDING_APPROVAL, licenseVerified: false });
    const { page, close } = await adminPage(javaScript);
    await page.goto(`${site.baseUrl()}/admin/therapists`);
    await card(page, therapist.email).getByRole('link', { name: 'Reject…' }).click();
    const confirmation = page.locator('.people-decision');
    expect(await confirmation.textContent()).toContain('cannot log in');
    // Past the browser's own check of the required field: the server asks for the reason too.
    await confirmation
      .getByLabel('Reason')
      .evaluate((field) => (field as unknown as { removeAttribute(name: string): void }).removeAttribute('required'));
    await confirmation.getByRole('button', { name: 'Yes, reject' }).click();
    expect(await page.locator('.people-decision .usa-error-message').textContent()).toContain('Give a reason');

    await page.locator('.people-decision').getByLabel('Reason').fill('License number belongs to someone else');
    await page.locator('.people-decision').getByRole('button', { name: 'Yes, reject' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('The account is rejected.');

    await page.goto(`${site.baseUrl()}/admin/accounts/${therapist.id}`);
    expect(await page.locator('table').textContent()).toContain('License number belongs to someone else');
    await close();
  });

  it('suspends a provider, whose next page load asks them to log in, then reinstates them', async () => {
    const provider = await account(Role.PROVIDER);
    const own = await site.open({ javaScript });
    await logIn(own.page, provider.email);
    await own.page.waitForURL(/\/inbox$/);

    const { page, close } = await adminPage(javaScript);
    await page.goto(`${site.baseUrl()}/admin/accounts?status=ACTIVE&email=${encodeURIComponent(provider.email)}`);
    await page.getByRole('link', { name: /^Suspend/ }).click();
    expect(await page.locator('.people-decision').textContent()).toContain('ends the account’s sessions at once');
    await page.getByLabel('Reason').fill('Complaint under review');
    await page.getByRole('button', { name: 'Yes, suspend' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('The account is suspended');

    await own.page.goto(`${site.baseUrl()}/inbox`);
    await own.page.waitForURL(/\/login\?next=%2Finbox/);

    await page.getByRole('link', { name: /^Reinstate/ }).click();
    await page.getByLabel('Reason').fill('Complaint resolved');
    await page.getByRole('button', { name: 'Yes, reinstate' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain('The account is reinstated');
    await logIn(own.page, provider.email);
    await own.page.waitForURL(/\/inbox$/);
    await own.close();
    await close();
  });
});

describe('a decision someone else made first', () => {
  it('is refused, and the page shows the account as it is now', async () => {
    const therapist = await account(Role.THERAPIST, { status: AccountStatus.PENDING_APPROVAL });
    const { page, close } = await adminPage(false);
    await page.goto(`${site.baseUrl()}/admin/accounts/${therapist.id}`);
    await page.getByRole('link', { name: /^Suspend/ }).click();
    await page.getByLabel('Reason').fill('Complaint under review');
    await site.testApp
      .database()
      .query(`UPDATE accounts SET status = 'REJECTED', version = version + 1 WHERE id = $1`, [therapist.id]);
    await page.getByRole('button', { name: 'Yes, suspend' }).click();

    expect(await page.getByRole('alert').textContent()).toContain(
      'Someone else changed this account first: it is now “Rejected”',
    );
    expect(await page.locator('.people-decision').count()).toBe(0);
    expect(await page.locator('.people-details').textContent()).toContain('Rejected');
    await close();
  });
});

describe('the account audit trail', () => {
  it('exports the audit rows as CSV, with the admin’s cookies', async () => {
    const therapist = await account(Role.THERAPIST, { status: AccountStatus.PENDING_APPROVAL });
    const { page, close } = await adminPage(false);
    await page.goto(`${site.baseUrl()}/admin/therapists`);
    await card(page, therapist.email).getByRole('link', { name: 'Reject…' }).click();
    await page.getByLabel('Reason').fill('Said "no", then, "maybe"');
    await page.getByRole('button', { name: 'Yes, reject' }).click();
    await page.getByRole('status').first().waitFor();

    const response = await page.request.get(`${site.baseUrl()}/admin/accounts/${therapist.id}/audit.csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=".*\.csv"$/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('at,action,from_status,to_status,actor,actor_account_id,reason');
    expect(lines.at(-1)).toContain(',REJECT,PENDING_APPROVAL,REJECTED,');
    expect(lines.at(-1)).toMatch(/,"Said ""no"", then, ""maybe"""$/);

    await page.goto(`${site.baseUrl()}/admin/accounts/${therapist.id}`);
    expect(await page.locator('.people-table tbody tr').count()).toBe(lines.length - 1);
    await page.locator('.people-table').scrollIntoViewIfNeeded();
    await site.screenshot(page, 'admin-people-audit-laptop');
    await close();
  });
});

describe('to anyone but an admin', () => {
  it('every people page is a 404, signed out or signed in as a provider', async () => {
    const someone = await account(Role.PROVIDER);
    const paths = [
      '/admin/therapists',
      '/admin/accounts',
      `/admin/accounts/${someone.id}`,
      `/admin/accounts/${someone.id}/audit.csv`,
    ];
    const { page, close } = await site.open({ javaScript: false });
    for (const path of paths) expect((await page.goto(`${site.baseUrl()}${path}`))?.status()).toBe(404);
    await logIn(page, someone.email);
    await page.waitForURL(/\/inbox$/);
    for (const path of paths) expect((await page.goto(`${site.baseUrl()}${path}`))?.status()).toBe(404);
    await close();
  });
});

describe.each([
  ['phone', PHONE_WIDTH],
  ['laptop', LAPTOP_WIDTH],
])('the people pages on a %s', (name, width) => {
  it('have no axe violations and one h1 each', async () => {
    const waiting = await account(Role.THERAPIST, { status: AccountStatus.PENDING_APPROVAL, licenseVerified: false });
    const { page, close } = await adminPage(true, width);
    const pages = {
      therapists: '/admin/therapists',
      'therapists-deciding': `/admin/therapists?decide=reject&account=${waiting.id}`,
      accounts: '/admin/accounts?status=PENDING_APPROVAL',
      account: `/admin/accounts/${waiting.id}?decide=suspend`,
    };
    for (const [pageName, path] of Object.entries(pages)) {
      await page.goto(`${site.baseUrl()}${path}`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (pageName === 'therapists-deciding') await page.locator('.people-decision').scrollIntoViewIfNeeded();
      await site.screenshot(page, `admin-people-${pageName}-${name}`);
    }
    await close();
  }, 120_000);
});
