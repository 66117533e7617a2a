import { Role } from '@app/auth';
import { PasswordHasher } from '@app/auth/testing';
import { insertAccount } from '@test/factories/account.factory';
import { deliverMail, linkTokenFor } from '@test/support/mailbox';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { fillLogIn } from './forms';

const site = useWebSite({ dataDir: true });

const FIRST_PASSWORD = 'harbor thistle gazette pinwheel';
const SECOND_PASSWORD = 'saffron kettle orbit lullaby';

const newEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.test`;

async function accountWith(password: string): Promise<string> {
  const passwordHash = await new PasswordHasher().hash(password);
  return (await insertAccount(site.testApp.database(), Role.PROVIDER, { passwordHash })).email;
}

async function mailedToken(email: string, path: string): Promise<string> {
  await deliverMail(site.testApp.app());
  return linkTokenFor(site.testApp.dataDir(), email, path);
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${site.baseUrl()}/login`);
  await fillLogIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/login');
}

async function emailConfirmed(email: string): Promise<boolean> {
  const [row] = await site.testApp
    .database()
    .query<{ confirmed: boolean }>('SELECT email_verified_at IS NOT NULL AS confirmed FROM accounts WHERE email = $1', [
      email,
    ]);
  return row.confirmed;
}

/** One h1, and no axe violations (axe runs in the page, so only where JavaScript is on). */
async function expectAccessible(page: Page, javaScript = true): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  if (javaScript) expect(await axeViolations(page)).toEqual([]);
}

const statusText = (page: Page) => page.getByRole('status').first().textContent();

const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'acd_session');

// Each journey runs once with JavaScript at phone width (axe checks every view) and once without it at laptop width.
describe.each([
  ['with JavaScript', true, PHONE_WIDTH],
  ['without JavaScript', false, LAPTOP_WIDTH],
])('account pages %s', (_, javaScript, width) => {
  it('signs up a provider, confirms the mailed link with a press, logs in, changes the password, logs out everywhere', async () => {
    const email = newEmail('provider');
    const { page, close } = await site.open({ javaScript, width });
    await page.goto(`${site.baseUrl()}/signup`);
    // USWDS draws its own radio: the label is what a visitor presses.
    await page.locator('label').filter({ hasText: 'A provider or clinic staff' }).click();
    await page.getByLabel('Your name').fill('Robin Alvarez');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('too short');
    await page.getByRole('button', { name: 'Create account' }).click();

    // The API's rule, beside the field; what was typed is kept, the password never.
    expect(await page.locator('#signup-password-error').textContent()).toContain('at least 12 characters');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Robin Alvarez');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await expectAccessible(page, javaScript);
    await page.getByLabel('Password').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');
    expect(await statusText(page)).toContain(`We sent a link to ${email}`);
    expect(await statusText(page)).toContain('24 hours');
    await expectAccessible(page, javaScript);
    await page.getByRole('button', { name: 'Send the link again' }).click();
    expect(await statusText(page)).toContain(`We sent a new link to ${email}`);

    const token = await mailedToken(email, '/confirm-email');
    await page.goto(`${site.baseUrl()}/confirm-email?token=${encodeURIComponent(token)}`);
    // Opening the link (as a mail scanner would) confirms nothing.
    expect(await emailConfirmed(email)).toBe(false);
    await expectAccessible(page, javaScript);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    expect(await statusText(page)).toContain('Your email address is confirmed.');
    expect(await page.getByText('You can log in now.').count()).toBe(1);
    expect(await emailConfirmed(email)).toBe(true);
    await expectAccessible(page, javaScript);
    await page.getByRole('link', { name: 'Go to log in' }).click();
    await page.waitForURL(/\/login$/);

    await logIn(page, email, FIRST_PASSWORD);
    await page.goto(`${site.baseUrl()}/account`);
    const facts = await page.locator('.account-facts').first().textContent();
    for (const fact of ['Robin Alvarez', email, 'Provider', 'Active']) expect(facts).toContain(fact);
    expect(await page.locator('.account-session').count()).toBe(1);
    expect(await page.locator('.account-session').getByText('This session', { exact: true }).count()).toBe(1);

    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill(SECOND_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    expect(await page.locator('#password-currentPassword-error').textContent()).toBe('is not your current password');
    await expectAccessible(page, javaScript);
    await page.getByLabel('Current password').fill(FIRST_PASSWORD);
    await page.getByLabel('New password').fill(SECOND_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    expect(await statusText(page)).toContain('Your password is changed.');

    await page.getByRole('button', { name: 'Log out everywhere' }).click();
    await page.waitForURL(/\/login\?logged-out/);
    expect(await sessionCookie(page)).toBeUndefined();
    await logIn(page, email, SECOND_PASSWORD);
    expect(await page.getByText(/Signed in as Robin Alvarez/).count()).toBe(1);
    await close();
  });

  it('signs up a therapist with a license: its errors beside its fields, then an admin’s approval comes next', async () => {
    const email = newEmail('therapist');
    const { page, close } = await site.open({ javaScript, width });
    await page.goto(`${site.baseUrl()}/signup`);
    await page.locator('label').filter({ hasText: 'A therapist' }).click();
    await page.getByLabel('Your name').fill('Kai Morgan');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(FIRST_PASSWORD);
    await page.locator('#signup-licenses-0-state').selectOption('KS');
    await page.locator('#signup-licenses-0-licenseType').fill('L');
    await page.locator('#signup-licenses-0-number').fill('LMFT-4471');
    await page.getByRole('button', { name: 'Create account' }).click();

    expect(await page.locator('#signup-licenses-0-licenseType-error').textContent()).toBe(
      'must be 2–10 letters, e.g. LCSW',
    );
    expect(await page.locator('#signup-licenses-0-number').inputValue()).toBe('LMFT-4471');
    await page.locator('#signup-licenses-0-licenseType').fill('LMFT');
    await page.getByLabel('Password').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');

    const token = await mailedToken(email, '/confirm-email');
    await page.goto(`${site.baseUrl()}/confirm-email?token=${encodeURIComponent(token)}`);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    expect(await page.getByText('Next, an admin checks your license and approves your account.').count()).toBe(1);
    const licenses = await site.testApp
      .database()
      .query(
        'SELECT state, license_type, number FROM therapist_licenses JOIN accounts ON accounts.id = account_id WHERE email = $1',
        [email],
      );
    expect(licenses).toEqual([{ state: 'KS', license_type: 'LMFT', number: 'LMFT-4471' }]);
    await close();
  });

  it('resets a forgotten password with the mailed link, which ends the session and works once', async () => {
    const email = await accountWith(FIRST_PASSWORD);
    const { page, close } = await site.open({ javaScript, width });
    await logIn(page, email, FIRST_PASSWORD);

    // The same answer whether or not the address has an account.
    for (const address of [newEmail('nobody'), email]) {
      await page.goto(`${site.baseUrl()}/forgot-password`);
      await page.getByLabel('Email address').fill(address);
      await page.getByRole('button', { name: 'Send the link' }).click();
      expect(await statusText(page)).toBe(
        `If ${address} has an account with us, we sent it a link to choose a new password. The link works once, for 30 minutes.`,
      );
    }
    await expectAccessible(page, javaScript);

    const token = await mailedToken(email, '/reset-password');
    const resetPage = `${site.baseUrl()}/reset-password?token=${encodeURIComponent(token)}`;
    await page.goto(resetPage);
    await page.getByLabel('New password').fill('password1234');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    expect(await page.locator('#reset-newPassword-error').textContent()).toContain('is too easy to guess');
    await expectAccessible(page, javaScript);
    await page.getByLabel('New password').fill(SECOND_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    expect(await statusText(page)).toContain('Your password is changed, and every session of your account has ended.');
    expect(await page.getByText(/Signed in as/).count()).toBe(0);
    expect(await sessionCookie(page)).toBeUndefined();
    await expectAccessible(page, javaScript);

    await page.goto(resetPage);
    await page.getByLabel('New password').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    expect(await statusText(page)).toContain('This link does not work');
    expect(await page.getByRole('link', { name: 'Ask for a new link' }).count()).toBe(1);
    await expectAccessible(page, javaScript);

    await logIn(page, email, SECOND_PASSWORD);
    expect(await page.getByText(/Signed in as/).count()).toBe(1);
    await close();
  });

  it('explains a confirmation link that does not work and offers to send a new one', async () => {
    const { page, close } = await site.open({ javaScript, width });
    await page.goto(`${site.baseUrl()}/confirm-email?token=not-a-real-token`);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();

    expect(await statusText(page)).toContain('This link does not work');
    await expectAccessible(page, javaScript);
    const email = newEmail('someone');
    await page.getByLabel('Email address you signed up with').fill(email);
    await page.getByRole('button', { name: 'Send the link again' }).click();
    expect(await statusText(page)).toContain(`We sent a new link to ${email}`);
    await close();
  });

  it('lists the sessions of two browsers, and ends the other one', async () => {
    const email = await accountWith(FIRST_PASSWORD);
    const here = await site.open({ javaScript, width });
    const elsewhere = await site.open({ javaScript, width });
    await logIn(here.page, email, FIRST_PASSWORD);
    await logIn(elsewhere.page, email, FIRST_PASSWORD);

    await here.page.goto(`${site.baseUrl()}/account`);
    const sessions = here.page.locator('.account-session');
    expect(await sessions.count()).toBe(2);
    expect(await sessions.getByText('This session', { exact: true }).count()).toBe(1);
    await expectAccessible(here.page, javaScript);
    await here.page.getByRole('button', { name: /End this session/ }).click();
    expect(await statusText(here.page)).toContain('That session has ended.');
    expect(await sessions.count()).toBe(1);

    // The other browser's cookie still names the account, but the API has ended its session: log in again.
    await elsewhere.page.goto(`${site.baseUrl()}/account`);
    await elsewhere.page.waitForURL(/\/login\?next=%2Faccount$/);
    expect(await elsewhere.page.getByText(/Signed in as/).count()).toBe(0);
    await here.close();
    await elsewhere.close();
  });
});

/** One h1, no axe violations, and nothing scrolls sideways (WCAG 1.4.10: 320 px is its phone). */
async function expectAccessibleAndReflowing(page: Page): Promise<void> {
  await expectAccessible(page);
  expect([
    page.url(),
    await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth'),
  ]).toEqual([page.url(), false]);
}

describe('the account pages at phone and laptop width', () => {
  it.each([320, PHONE_WIDTH, LAPTOP_WIDTH])(
    'pass axe, have one h1 and never scroll sideways at %ipx',
    async (width) => {
      const { page, close } = await site.open({ width });
      await page.goto(`${site.baseUrl()}/signup`);
      await site.screenshot(page, `signup-${width}`);
      for (const path of [
        '/signup',
        '/signup?lang=es',
        '/confirm-email?token=some-token',
        '/confirm-email',
        '/forgot-password',
        '/forgot-password?lang=es',
        '/reset-password?token=some-token',
        '/reset-password',
      ]) {
        await page.goto(`${site.baseUrl()}${path}`);
        await expectAccessibleAndReflowing(page);
      }
      // Refused: the errors at the top and beside their fields.
      await page.goto(`${site.baseUrl()}/signup`);
      await page.getByLabel('Your name').fill('Sam');
      await page.getByLabel('Email address').fill(newEmail('sam'));
      await page.getByLabel('Password').fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      expect(await page.locator('#signup-role-error').textContent()).toBe('Choose one.');
      await expectAccessibleAndReflowing(page);

      await logIn(page, await accountWith(FIRST_PASSWORD), FIRST_PASSWORD);
      await page.goto(`${site.baseUrl()}/account?lang=es`);
      await expectAccessibleAndReflowing(page);
      await page.goto(`${site.baseUrl()}/account`);
      await expectAccessibleAndReflowing(page);
      await site.screenshot(page, `account-${width}`);
      await close();
    },
  );
});

describe('the signed-in pages’ script', () => {
  it('posts a form once, however often its button is pressed while the answer is on its way', async () => {
    const { page, close } = await site.open();
    await logIn(page, await accountWith(FIRST_PASSWORD), FIRST_PASSWORD);
    await page.goto(`${site.baseUrl()}/account`);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    // A slow answer: the time in which an impatient second press would post the form again.
    await page.route(`${site.baseUrl()}/account`, async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill(SECOND_PASSWORD);
    const button = page.getByRole('button', { name: 'Change password' });
    const firstPost = page.waitForRequest((request) => request.method() === 'POST');
    await button.click({ noWaitAfter: true });
    await firstPost;
    await button.click({ force: true, noWaitAfter: true });
    await page.locator('#password-currentPassword-error').waitFor();

    expect(posts).toEqual([`${site.baseUrl()}/account`]);
    await close();
  });

  it('keeps typed text of an unsent form for the page’s next load, never the CSRF token, and forgets it once sent', async () => {
    const { page, close } = await site.open();
    await logIn(page, await accountWith(FIRST_PASSWORD), FIRST_PASSWORD);
    await page.goto(`${site.baseUrl()}/forgot-password`);
    await page.getByLabel('Email address').pressSequentially('draft@example.test');
    const kept = await page.evaluate<string>('JSON.stringify(Object.entries(sessionStorage))');
    expect(kept).toContain('draft@example.test');
    expect(kept).not.toContain('_csrf');

    await page.goto(`${site.baseUrl()}/forgot-password`);
    expect(await page.getByLabel('Email address').inputValue()).toBe('draft@example.test');
    expect(await statusText(page)).toContain('We filled in the text you had typed here before.');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.goto(`${site.baseUrl()}/forgot-password`);
    expect(await page.getByLabel('Email address').inputValue()).toBe('');
    await close();
  });

  it('forgets every draft when the quick exit is used', async () => {
    const { page, close } = await site.open();
    await logIn(page, await accountWith(FIRST_PASSWORD), FIRST_PASSWORD);
    await page.goto(`${site.baseUrl()}/forgot-password`);
    await page.getByLabel('Email address').pressSequentially('draft@example.test');
    await page.getByRole('link', { name: 'Leave this site' }).click();
    await page.waitForURL(/weather\.gov/);
    await page.goto(`${site.baseUrl()}/forgot-password`);

    expect(await page.getByLabel('Email address').inputValue()).toBe('');
    await close();
  });

  it('warns five minutes before the session ends, and a press on “Stay signed in” loads the page again', async () => {
    const { page, close } = await site.open();
    await page.clock.install();
    await logIn(page, await accountWith(FIRST_PASSWORD), FIRST_PASSWORD);
    await page.goto(`${site.baseUrl()}/account`);
    const endsAt = Date.parse((await page.locator('body').getAttribute('data-session-ends')) ?? '');
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.clock.fastForward(endsAt - Date.now() - 4 * 60_000);
    const warning = page.getByRole('alert');
    expect(await warning.textContent()).toContain('Your session ends in a few minutes.');
    expect(await axeViolations(page)).toEqual([]);
    const reload = page.waitForRequest((request) => request.method() === 'GET' && request.url().endsWith('/account'));
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await reload;
    await close();
  });
});
