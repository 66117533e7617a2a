import { Role } from '@app/auth';
import { aListing, daysFromToday, license } from '@test/factories/listing.factory';
import { affirmAttestation } from '@test/factories/listing-rows.factory';
import type { ListingRecord } from '@app/directory/testing';
import { nextOneTimeCode, signedInAccount, TEST_PASSWORD, type TestAccount } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { graphql } from '@test/support/graphql';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

const site = useWebSite();

const sql = (text: string, values: unknown[] = []) => site.testApp.database().query(text, values);

async function approvedListing(lastName: string, licenseExpiresOn = daysFromToday(365)) {
  const listing = aListing({ lastName, licenses: [license('KS', { expiresOn: licenseExpiresOn })] });
  await insertListings(site.testApp.database(), [listing]);
  await affirmAttestation(site.testApp.database(), listing.id);
  return listing;
}

/** Three listings due, each for its own reason; the dates are set as approval and the referral signals set them. */
async function listingsDue(tag: string) {
  const byDate = await approvedListing(`Bydate${tag}`);
  await sql('UPDATE providers SET reverify_on = $2 WHERE id = $1', [byDate.id, daysFromToday(-3)]);
  const byLicense = await approvedListing(`Bylicense${tag}`, daysFromToday(20));
  await sql('UPDATE providers SET reverify_on = $2 WHERE id = $1', [byLicense.id, daysFromToday(20)]);
  const byReferrals = await approvedListing(`Byreferrals${tag}`);
  await sql('INSERT INTO listing_referral_flags (provider_id, evidence) VALUES ($1, $2)', [
    byReferrals.id,
    { signals: { COULD_NOT_CONTACT: 2, SEEN_NOT_AFFIRMING: 1 }, windowDays: 90, threshold: 3 },
  ]);
  await sql('UPDATE providers SET reverify_on = current_date WHERE id = $1', [byReferrals.id]);
  return { byDate, byLicense, byReferrals };
}

const provider = () => signedInAccount(site.testApp.app(), site.testApp.database(), Role.PROVIDER);

/** The provider claims the listing, giving its KS license number `number`. */
async function claimAs(claimant: TestAccount, listing: ListingRecord, number: string): Promise<void> {
  const claimed = await graphql(
    site.testApp.app(),
    'mutation ($npi: String!, $licenses: [ClaimLicenseInput!]!) { claimListing(npi: $npi, licenses: $licenses) { id } }',
    { npi: listing.npi, licenses: [{ state: 'KS', licenseType: 'MD', number }] },
    claimant.token,
  );
  expect(claimed.errors).toBeUndefined();
}

/** A fresh admin each time: a one-time code is accepted once. */
async function logInAsAdmin(page: Page, next: string): Promise<void> {
  const admin = await signedInAccount(site.testApp.app(), site.testApp.database(), Role.ADMIN);
  await page.goto(`${site.baseUrl()}/login`);
  await page.getByLabel('Email address').fill(admin.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('Code from your authenticator app').fill(nextOneTimeCode(admin));
  await page.getByRole('button', { name: 'Log in' }).click();
  // The code step posts to /login itself, so the log-in lands on the admin's home page (the queue).
  await page.waitForURL(/\/admin\/listings$/);
  await page.goto(`${site.baseUrl()}${next}`);
}

async function rowOf(page: Page, lastName: string): Promise<string> {
  return (await page.getByRole('row').filter({ hasText: lastName }).textContent()) ?? '';
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the re-verification and claims pages %s', (_, javaScript) => {
  const tag = javaScript ? 'Script' : 'Plain';
  it('list each listing due with why; re-verifying one records it and it leaves the list', async () => {
    const { byDate, byLicense, byReferrals } = await listingsDue(tag);
    const { page, close } = await site.open({ javaScript });
    await logInAsAdmin(page, '/admin/reverification');
    await page.getByLabel('Show listings due').selectOption('30');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/due=30/);

    expect(await rowOf(page, byDate.lastName)).toContain('Its yearly re-verification date');
    expect(await rowOf(page, byDate.lastName)).toContain('Overdue');
    expect(await rowOf(page, byLicense.lastName)).toMatch(/License KS MD \S+ expires on/);
    const flagged = await rowOf(page, byReferrals.lastName);
    expect(flagged).toContain('Flagged by referral signals');
    expect(flagged).toContain('Could not contact the provider: 2');
    expect(flagged).toContain('Client seen, care not affirming: 1');

    await page.getByRole('link', { name: `Re-verify Test ${byDate.lastName}` }).click();
    await page.getByLabel('Where you checked it').fill('KS Board of Healing Arts lookup');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('heading', { name: 'Record this re-verification?' }).isVisible()).toBe(true);
    expect(await page.getByText('The listing stays public').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Record the re-verification' }).click();
    await page.waitForURL(/reverified=/);

    expect(await page.getByRole('status').textContent()).toContain('Re-verification recorded');
    expect(await page.getByRole('row').filter({ hasText: byDate.lastName }).count()).toBe(0);
    const [stored] = await sql(
      `SELECT p.reverify_on::text AS reverify_on, l.verification_source FROM providers p
       JOIN licenses l ON l.provider_id = p.id WHERE p.id = $1`,
      [byDate.id],
    );
    expect(stored).toEqual({ reverify_on: daysFromToday(365), verification_source: 'KS Board of Healing Arts lookup' });
    await close();
  });

  it('says when someone else acted first, and shows the listing as it is now', async () => {
    const listing = await approvedListing(`Conflicted${tag}`);
    await sql('UPDATE providers SET reverify_on = $2 WHERE id = $1', [listing.id, daysFromToday(-1)]);
    const { page, close } = await site.open({ javaScript });
    await logInAsAdmin(page, `/admin/reverification/${listing.id}`);
    await page.getByLabel('Where you checked it').fill('KS Board of Healing Arts lookup');
    await page.getByRole('button', { name: 'Continue' }).click();
    await sql('UPDATE providers SET version = version + 1 WHERE id = $1', [listing.id]);
    await page.getByRole('button', { name: 'Record the re-verification' }).click();

    expect(await page.getByRole('alert').textContent()).toContain('Someone else acted on this listing first');
    expect(await page.getByRole('button', { name: 'Continue' }).isVisible()).toBe(true);
    await close();
  });

  it('approves a claim after confirming, and the claimant owns the listing', async () => {
    const listing = aListing({ lastName: `Claimed${tag}` });
    await insertListings(site.testApp.database(), [listing]);
    const claimant = await provider();
    await claimAs(claimant, listing, listing.licenses[0].number);

    const { page, close } = await site.open({ javaScript });
    await logInAsAdmin(page, '/admin/claims');
    const claim = page.getByRole('region', { name: `Claim of Test ${listing.lastName} (NPI ${listing.npi})` });
    expect(await claim.textContent()).toContain('Matches a license on file');
    await claim.getByRole('button', { name: /^Approve the claim of/ }).click();
    expect(await page.getByText(/will own the listing/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Approve the claim', exact: true }).click();
    await page.waitForURL(/decided=approve/);

    expect(await page.getByRole('status').textContent()).toContain('Claim approved');
    const [owned] = await sql('SELECT owner_account_id FROM providers WHERE id = $1', [listing.id]);
    expect(owned.owner_account_id).toBe(claimant.id);
    await close();
  });

  it('is a page that does not exist to anyone but an admin', async () => {
    const account = await provider();
    const listing = await approvedListing(`Hidden${tag}`);
    const { page, close } = await site.open({ javaScript });
    const paths = ['/admin/reverification', `/admin/reverification/${listing.id}`, '/admin/claims'];
    for (const path of paths) {
      expect((await page.goto(`${site.baseUrl()}${path}`))?.status()).toBe(404);
    }
    await page.goto(`${site.baseUrl()}/login`);
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/inbox/);
    for (const path of paths) {
      expect((await page.goto(`${site.baseUrl()}${path}`))?.status()).toBe(404);
    }
    await close();
  });
});

describe.each([
  ['phone', PHONE_WIDTH],
  ['laptop', LAPTOP_WIDTH],
])('at %s width', (name, width) => {
  it('the pages and their confirmation steps pass axe, each with one h1', async () => {
    const { byDate, byReferrals } = await listingsDue(name);
    const claimed = aListing({ lastName: `Axeclaim${name}` });
    await insertListings(site.testApp.database(), [claimed]);
    await claimAs(await provider(), claimed, `${claimed.licenses[0].number}9`);
    const { page, close } = await site.open({ width });
    const check = async (shot: string) => {
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      await site.screenshot(page, `admin-${shot}-${name}`);
    };
    await logInAsAdmin(page, '/admin/reverification?due=30');
    await check('reverification-list');
    await page.getByRole('row').filter({ hasText: byReferrals.lastName }).scrollIntoViewIfNeeded();
    await site.screenshot(page, `admin-reverification-reasons-${name}`);

    await page.goto(`${site.baseUrl()}/admin/reverification/${byDate.id}`);
    await check('reverification-record');
    await page.getByLabel('Where you checked it').fill('KS Board of Healing Arts lookup');
    await page.getByRole('button', { name: 'Continue' }).click();
    await check('reverification-confirm');

    await page.goto(`${site.baseUrl()}/admin/claims`);
    await check('claims');
    const claim = page.getByRole('region', { name: `Claim of Test ${claimed.lastName} (NPI ${claimed.npi})` });
    await claim.getByRole('button', { name: /^Approve the claim of/ }).click();
    await page.getByRole('button', { name: 'Approve the claim', exact: true }).scrollIntoViewIfNeeded();
    await check('claims-confirm');
    await close();
  });
});

describe('the list of listings due', () => {
  it('pages with the API’s cursors, keeping its filter in the address', async () => {
    const overdue = Array.from({ length: 26 }, (_, index) => aListing({ lastName: `Paged${index}` }));
    await insertListings(site.testApp.database(), overdue);
    await sql('UPDATE providers SET reverify_on = $2 WHERE id = ANY($1::uuid[])', [
      overdue.map((listing) => listing.id),
      daysFromToday(-600),
    ]);
    const { page, close } = await site.open({ javaScript: false });
    await logInAsAdmin(page, '/admin/reverification?due=90');
    expect(await page.getByRole('row').filter({ hasText: 'Paged' }).count()).toBe(25);

    await page.getByRole('link', { name: 'Next page' }).click();
    expect(new URL(page.url()).searchParams.get('due')).toBe('90');
    expect(new URL(page.url()).searchParams.get('after')).not.toBeNull();
    expect(await page.getByRole('row').filter({ hasText: 'Paged' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Back to the first page' }).click();
    expect(new URL(page.url()).searchParams.get('after')).toBeNull();
    expect(await page.getByLabel('Show listings due').inputValue()).toBe('90');
    await close();
  });
});
