import { Role } from '@app/auth';
import { PasswordHasher, totpCode } from '@app/auth/testing';
import { AccountRow, insertAccount } from '@test/factories/account.factory';
import { aListing, license } from '@test/factories/listing.factory';
import { affirmAttestation, assignOwner, insertRevision } from '@test/factories/listing-rows.factory';
import { TEST_PASSWORD } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

const site = useWebSite();
let passwordHash: Promise<string> | undefined;

/** A fresh account that logs in with the test password (an admin with its own second factor). */
async function account(role: Role, displayName?: string): Promise<AccountRow> {
  passwordHash ??= new PasswordHasher().hash(TEST_PASSWORD);
  const created = await insertAccount(site.testApp.database(), role, { passwordHash: await passwordHash });
  if (displayName) {
    await site.testApp
      .database()
      .query('UPDATE accounts SET display_name = $1 WHERE id = $2', [displayName, created.id]);
  }
  return created;
}

/** Logs in (with the authenticator code for an admin) and opens `path`. */
async function logInAt(page: Page, path: string, who: AccountRow): Promise<void> {
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.baseUrl()}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (who.totpSecret) {
    await page.getByLabel('Code from your authenticator app').waitFor();
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByLabel('Code from your authenticator app').fill(totpCode(who.totpSecret));
    await page.getByRole('button', { name: 'Log in' }).click();
  }
  await page.waitForURL((url) => url.pathname !== '/login');
  // The code step does not carry `next` on (the log-in page's own matter): go there once signed in.
  if (new URL(page.url()).pathname !== path) await page.goto(`${site.baseUrl()}${path}`);
}

/** A listing its provider submitted: attested, its license waiting to be verified. */
async function submittedListing(lastName: string) {
  const listing = aListing({
    lastName,
    status: 'SUBMITTED',
    lastVerifiedAt: null,
    licenses: [license('KS', { verification: 'UNVERIFIED', verifiedAt: null, source: null })],
  });
  await insertListings(site.testApp.database(), [listing]);
  await affirmAttestation(site.testApp.database(), listing.id);
  return listing;
}

/** Presses a decision's button, then the confirmation's: the page says what the public will see first. */
async function decide(page: Page, decision: string, consequence: RegExp): Promise<void> {
  await page.getByRole('button', { name: decision, exact: true }).click();
  await page.getByRole('heading', { name: `Confirm: ${decision}` }).waitFor();
  expect(await page.locator('.admin-confirmation').textContent()).toMatch(consequence);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.waitForLoadState();
}

async function expectAccessible(page: Page, name: string, javaScript: boolean): Promise<void> {
  for (const width of [PHONE_WIDTH, LAPTOP_WIDTH]) {
    await page.setViewportSize({ width, height: 900 });
    if (javaScript) expect(await axeViolations(page)).toEqual([]);
    await page.locator('h1').scrollIntoViewIfNeeded();
    await site.screenshot(page, `${name}-${width}`);
  }
  expect(await page.locator('h1').count()).toBe(1);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('vetting listings %s', (mode, javaScript) => {
  it('two admins take the same submitted listing: the second is told who won, and the winner approves it', async () => {
    const listing = await submittedListing(`Queued${javaScript ? 'Js' : 'Html'}`);
    const winner = await account(Role.ADMIN, `Avery Winner ${mode}`);
    const loser = await account(Role.ADMIN);
    const first = await site.open({ javaScript });
    const second = await site.open({ javaScript });
    await logInAt(first.page, '/admin/listings', winner);
    await logInAt(second.page, `/admin/listings/${listing.id}`, loser);

    // The queue lists it, oldest first, with its kind of change and nobody holding it yet.
    const row = first.page.getByRole('row', { name: new RegExp(listing.lastName) });
    expect(await row.textContent()).toMatch(/New listing.*KS.*Nobody yet/);
    await expectAccessible(first.page, `admin-queue-${javaScript ? 'js' : 'html'}`, javaScript);
    await row.getByRole('link').click();
    await first.page.waitForURL(new RegExp(`/admin/listings/${listing.id}`));

    await decide(first.page, 'Start review', /Nothing changes for the public/);
    expect(await first.page.getByRole('status').textContent()).toContain('Done: Start review.');

    await decide(second.page, 'Start review', /Nothing changes for the public/);
    expect(await second.page.getByRole('alert').textContent()).toContain(
      `Someone decided first: Avery Winner ${mode} (started the review).`,
    );
    expect(await second.page.getByRole('button', { name: 'Start review' }).count()).toBe(0);

    await first.page.getByLabel('What you found').selectOption('VERIFIED');
    await first.page.getByLabel('Where you checked it').fill('KS Board of Healing Arts lookup');
    await expectAccessible(first.page, `admin-review-${javaScript ? 'js' : 'html'}`, javaScript);
    await first.page.locator('#decisions-heading').scrollIntoViewIfNeeded();
    await site.screenshot(first.page, `admin-review-decisions-${javaScript ? 'js' : 'html'}`);
    await decide(first.page, 'Approve', /Approving makes this listing public in search/);
    expect(await first.page.getByRole('status').textContent()).toContain('Done: Approve.');
    expect(await first.page.locator('#licenses-heading + ul').textContent()).toContain(
      'KS Board of Healing Arts lookup',
    );
    const publicPage = await fetch(`${site.baseUrl()}/providers/${listing.id}`);
    expect(publicPage.status).toBe(200);

    // The queue of the loser's status no longer holds it.
    await second.page.goto(`${site.baseUrl()}/admin/listings?status=IN_REVIEW`);
    expect(await second.page.getByRole('row', { name: new RegExp(listing.lastName) }).count()).toBe(0);
    await first.close();
    await second.close();
  });

  it('refuses to approve with no license verified, and asks for the reason a provider will read before requesting changes', async () => {
    const listing = await submittedListing(`Reasoned${javaScript ? 'Js' : 'Html'}`);
    const { page, close } = await site.open({ javaScript });
    await logInAt(page, `/admin/listings/${listing.id}`, await account(Role.ADMIN));
    await decide(page, 'Start review', /Nothing changes for the public/);

    await decide(page, 'Approve', /Approving makes this listing public/);
    expect(await page.getByRole('alert').textContent()).toContain(
      'Licenses: at least one active license must be verified',
    );

    // Without this the browser itself would refuse the empty required field; the page must say so too.
    await page.evaluate("document.querySelector('form:has(#decide-REQUEST_CHANGES-reason)').noValidate = true");
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').first().textContent()).toContain('Write the reason');

    await page.locator('#decide-REQUEST_CHANGES-reason').fill('Add the MO license you practise under.');
    await decide(page, 'Request changes', /The provider reads your reason/);
    expect(await page.locator('.admin-history').textContent()).toContain('Add the MO license you practise under.');
    await close();
  });
});

describe('a provider’s pending changes', () => {
  it('shows the diff against the approved version, and approving publishes it', async () => {
    const database = site.testApp.database();
    const listing = aListing({ lastName: 'Oldname' });
    await insertListings(database, [listing]);
    const owner = await account(Role.PROVIDER);
    await assignOwner(database, listing.id, owner.id);
    await affirmAttestation(database, listing.id);
    await insertRevision(database, {
      listing,
      authorId: owner.id,
      status: 'SUBMITTED',
      changes: { lastName: 'Newname' },
    });
    const { page, close } = await site.open();
    await logInAt(page, '/admin/listings', await account(Role.ADMIN));
    expect(await page.getByRole('row', { name: /Oldname/ }).textContent()).toContain('Changes to an approved listing');

    // The filters travel in the address: a state where the listing neither practises nor is licensed leaves it out.
    await page.getByLabel('State').selectOption('AK');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/state=AK/);
    expect(await page.getByRole('row', { name: /Oldname/ }).count()).toBe(0);
    await page.getByLabel('State').selectOption('KS');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/status=SUBMITTED&state=KS/);
    expect(await page.getByRole('row', { name: /Oldname/ }).count()).toBe(1);

    await page.goto(`${site.baseUrl()}/admin/listings/${listing.id}`);
    const changed = page.locator('.admin-diff__changed');
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toMatch(/Legal last name.*Oldname.*Newname/);
    await expectAccessible(page, 'admin-review-revision', true);

    await decide(page, 'Start review', /Nothing changes for the public/);
    await decide(page, 'Approve', /Approving publishes the proposed changes/);
    expect(await page.getByRole('status').textContent()).toContain('Done: Approve.');

    await page.goto(`${site.baseUrl()}/providers/${listing.id}`);
    expect(await page.locator('h1').textContent()).toContain('Newname');
    await close();
  });
});

describe('the console to anyone but an admin', () => {
  it.each([Role.THERAPIST, Role.PROVIDER])('is not there for a %s', async (role) => {
    const [listing] = [aListing()];
    await insertListings(site.testApp.database(), [listing]);
    const { page, close } = await site.open({ javaScript: false });
    await logInAt(page, '/account', await account(role));
    for (const path of ['/admin/listings', `/admin/listings/${listing.id}`]) {
      const response = await page.goto(`${site.baseUrl()}${path}`);
      expect(response?.status()).toBe(404);
    }
    await close();
  });

  it('is not there for a signed-out visitor', async () => {
    for (const path of ['/admin/listings', '/admin/listings/00000000-0000-4000-8000-000000000000']) {
      expect((await fetch(`${site.baseUrl()}${path}`, { redirect: 'manual' })).status).toBe(404);
    }
  });
});
