import { Role } from '@app/auth';
import { ListingAction, ListingStatus } from '@app/directory';
import { PasswordHasher } from '@app/auth/testing';
import { insertAccount } from '@test/factories/account.factory';
import { aListing, daysFromToday } from '@test/factories/listing.factory';
import { affirmAttestation, assignOwner, insertRevision } from '@test/factories/listing-rows.factory';
import { aRegistryRow, insertRegistryRows } from '@test/factories/registry.factory';
import { signedInAccount, TEST_PASSWORD } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { graphql } from '@test/support/graphql';
import { ListingWorkflow } from '@test/support/listing-workflow';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe';

const site = useWebSite({ signedIn: [Role.ADMIN] });
const workflow = new ListingWorkflow(site.testApp);

async function newProvider(): Promise<string> {
  const passwordHash = await new PasswordHasher().hash(TEST_PASSWORD);
  return (await insertAccount(site.testApp.database(), Role.PROVIDER, { passwordHash })).email;
}

/** Logs in from the listing page itself: a signed-out provider is sent to log in and brought back. */
async function openMyListing(page: Page, email: string): Promise<void> {
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.baseUrl()}/my-listing`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/my-listing$/);
}

const status = (page: Page) => page.locator('.listing-status').textContent();

/** USWDS hides the box itself and shows a drawn one in its label: a visitor clicks the label. */
async function tick(page: Page, name: string | RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name, exact: typeof name === 'string' }).first();
  await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
  expect(await box.isChecked()).toBe(true);
}

async function fillListing(page: Page, npi: string): Promise<void> {
  await page.getByLabel('Legal first name *').fill('Robin');
  await page.getByLabel('Legal last name *').fill('Okafor');
  await page.getByLabel('Pronouns', { exact: true }).fill('they/them');
  await page.getByLabel('NPI *', { exact: true }).fill(npi);
  await page.getByLabel('Credentials').fill('MD');
  await tick(page, 'Gynecology Physician');
  await page.getByLabel('Name of the practice').first().fill('Prairie Clinic');
  await page.getByLabel('Street address').first().fill('12 Elm St');
  await tick(page, /Hide the street/);
  await page.getByLabel('ZIP code').first().fill('66044');
  await page.locator('#listing-licenses-0-state').selectOption('KS');
  await page.locator('#listing-licenses-0-licenseType').fill('MD');
  await page.locator('#listing-licenses-0-number').fill('KS-12345');
  await page.locator('#listing-licenses-0-expiresOn').fill(daysFromToday(400));
  await tick(page, /^LGBTQ\+ affirming/);
  await tick(page, /^Trauma-informed/);
  await tick(page, 'English');
  await tick(page, 'Spanish');
  await page.getByLabel('About you').fill('I see patients of every gender.');
  await tick(page, 'I affirm this statement');
}

/**
 * Axe runs in the page, so only where it runs scripts: the markup is the same without them (nothing is hydrated).
 * Screenshots of both, at phone and laptop width, showing `at` (the h1 unless told).
 */
async function expectAccessible(page: Page, name: string, javaScript: boolean, at?: Locator): Promise<void> {
  for (const width of [PHONE_WIDTH, LAPTOP_WIDTH]) {
    await page.setViewportSize({ width, height: 900 });
    if (javaScript) expect(await axeViolations(page)).toEqual([]);
    await (at ?? page.locator('h1')).scrollIntoViewIfNeeded();
    await site.screenshot(page, `${name}-${width}`);
  }
  expect(await page.locator('h1').count()).toBe(1);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a provider’s own listing %s', (_, javaScript) => {
  const mode = javaScript ? 'js' : 'no-js';

  it('creates a listing, shows a refused field beside itself with every value kept, and submits it', async () => {
    const email = await newProvider();
    const npi = aListing().npi;
    const { page, close } = await site.open({ javaScript });
    await openMyListing(page, email);
    expect(await status(page)).toContain('You do not have a listing yet');
    await expectAccessible(page, `my-listing-new-${mode}`, javaScript);

    await fillListing(page, npi);
    await page.getByLabel('ZIP code').first().fill('6604');
    await page.getByRole('button', { name: 'Save' }).click();

    expect(await page.getByRole('alert').textContent()).toContain('We could not save your listing.');
    expect(await page.locator('#listing-locations-0-zip-error').textContent()).toContain('five-digit');
    expect(await page.getByLabel('ZIP code').first().getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Legal last name *').inputValue()).toBe('Okafor');
    expect(await page.locator('#listing-licenses-0-number').inputValue()).toBe('KS-12345');
    expect(await page.getByRole('checkbox', { name: 'Spanish', exact: true }).isChecked()).toBe(true);
    expect(
      await page
        .getByRole('checkbox', { name: /Hide the street/ })
        .first()
        .isChecked(),
    ).toBe(true);
    await expectAccessible(page, `my-listing-refused-${mode}`, javaScript, page.getByRole('alert'));

    await page.getByLabel('ZIP code').first().fill('66044');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/done=saved/);
    expect(await page.getByRole('status').first().textContent()).toContain('Your listing is saved.');
    expect(await status(page)).toContain('Status: Draft');
    expect(await page.getByLabel('City', { exact: true }).first().inputValue()).toBe('Lawrence');
    expect(await page.locator('#listing-licenses-0-state').inputValue()).toBe('KS');
    expect(await page.locator('#listing-licenses-1-state').inputValue()).toBe('');
    expect(await page.getByText(/You affirmed this statement on/).count()).toBe(1);
    await expectAccessible(page, `my-listing-draft-${mode}`, javaScript);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/done=submitted/);
    expect(await status(page)).toContain('Status: Submitted for review');
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByLabel('Legal last name *').isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Withdraw from review' }).click();
    await page.waitForURL(/done=withdrawn/);
    expect(await status(page)).toContain('Status: Draft');
    await close();
  });

  it('claims an existing unowned listing by its NPI and shows the open claim', async () => {
    const unowned = aListing();
    await insertListings(site.testApp.database(), [unowned]);
    const email = await newProvider();
    const { page, close } = await site.open({ javaScript });
    await openMyListing(page, email);

    await page.getByLabel('NPI of the listing *').fill('12345');
    await page.getByRole('button', { name: 'Claim this listing' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('We could not send your claim.');
    expect(await page.locator('#claim-npi-error').textContent()).toContain('10 digits');

    await page.getByLabel('NPI of the listing *').fill(aListing().npi);
    await page.locator('#claim-licenses-0-state').selectOption('KS');
    await page.locator('#claim-licenses-0-licenseType').fill('MD');
    await page.locator('#claim-licenses-0-number').fill(unowned.licenses[0].number);
    await page.getByRole('button', { name: 'Claim this listing' }).click();
    expect(await page.locator('#claim-npi-error').textContent()).toBe('No listing that can be claimed has this NPI.');
    expect(await page.locator('#claim-licenses-0-number').inputValue()).toBe(unowned.licenses[0].number);

    await page.getByLabel('NPI of the listing *').fill(unowned.npi);
    await page.getByRole('button', { name: 'Claim this listing' }).click();
    await page.waitForURL(/done=claimed/);

    const claims = page.getByRole('table', { name: 'Your claims' });
    expect(await claims.textContent()).toContain(unowned.npi);
    expect(await claims.textContent()).toContain('Waiting for our team');
    expect(await status(page)).toContain('Your claim of a listing is waiting for our team.');
    expect(await page.getByRole('button', { name: 'Claim this listing' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Create your listing' }).count()).toBe(0);
    await expectAccessible(page, `my-listing-claimed-${mode}`, javaScript);

    await page.getByRole('button', { name: `Withdraw claim for NPI ${unowned.npi}` }).click();
    await page.waitForURL(/done=claimWithdrawn/);
    expect(await page.getByRole('table', { name: 'Your claims' }).textContent()).toContain('Withdrawn');
    await close();
  });
});

describe('an approved listing with changes waiting for review', () => {
  it('says the approved version stays public, locks the form, and lets the provider withdraw the changes', async () => {
    const database = site.testApp.database();
    const listing = aListing();
    await insertListings(database, [listing]);
    const passwordHash = await new PasswordHasher().hash(TEST_PASSWORD);
    const owner = await insertAccount(database, Role.PROVIDER, { passwordHash });
    await assignOwner(database, listing.id, owner.id);
    await affirmAttestation(database, listing.id);
    await insertRevision(database, {
      listing,
      authorId: owner.id,
      status: 'SUBMITTED',
      changes: { lastName: 'Renamed' },
    });
    const { page, close } = await site.open();
    await openMyListing(page, owner.email);

    expect(await status(page)).toContain('Status: Approved and public');
    expect(await status(page)).toContain('Your changes are waiting for a reviewer');
    expect(await page.getByLabel('Legal last name *').inputValue()).toBe('Renamed');
    expect(await page.getByLabel('Legal last name *').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
    await expectAccessible(page, 'my-listing-revision-submitted', true);

    await page.getByRole('button', { name: 'Withdraw from review' }).click();
    await page.waitForURL(/done=withdrawn/);
    expect(await status(page)).toContain('You have saved changes that our team checks before they show.');
    expect(await page.getByLabel('Legal last name *').isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(1);
    await close();
  });
});

describe('a draft started from the NPI registry for its claimant', () => {
  it('shows its license with an empty expiry to enter, and does not save until it is entered', async () => {
    const { app, database } = site.testApp;
    const row = aRegistryRow();
    await insertRegistryRows(database(), [row]);
    const claimant = await signedInAccount(app(), database(), Role.PROVIDER);
    const claimed = await graphql<{ claimListing: { id: string } }>(
      app(),
      'mutation ($npi: String!) { claimListing(npi: $npi, licenses: [{ state: KS, licenseType: "MD", number: "KS-1" }]) { id } }',
      { npi: row.npi },
      claimant.token,
    );
    const approval = await graphql(
      app(),
      'mutation ($id: ID!) { approveClaim(id: $id) { status } }',
      { id: claimed.data?.claimListing.id },
      site.testApp.account(Role.ADMIN).token,
    );
    expect(approval.errors).toBeUndefined();
    const { page, close } = await site.open({ javaScript: false });
    await openMyListing(page, claimant.email);

    expect(await page.locator('#listing-licenses-0-number').inputValue()).toBe(row.taxonomies[0].licenseNumber);
    expect(await page.locator('#listing-licenses-0-expiresOn').inputValue()).toBe('');
    expect(await page.locator('#listing-licenses-0-expiresOn-hint').textContent()).toContain('Expiry not entered');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('We could not save your listing.');
    expect(await page.locator('#listing-licenses-0-expiresOn-error').textContent()).toContain('date');
    await close();
  });
});

describe('a listing the team asked changes of', () => {
  it('shows the provider what the reviewer wrote, and offers to submit it again', async () => {
    const { provider, listing } = await workflow.listingIn(ListingStatus.IN_REVIEW);
    const reason = 'Please add the expiry date of your Kansas license.';
    const asked = await workflow.act(ListingAction.REQUEST_CHANGES, listing, { reason });
    expect(asked.errors).toBeUndefined();
    const { page, close } = await site.open();
    await openMyListing(page, provider.email);

    expect(await status(page)).toContain('Status: Changes requested');
    expect(await page.locator('.listing-decision-note blockquote').textContent()).toBe(reason);
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(1);
    await close();
  });
});

describe('the listing page', () => {
  it('is a provider’s: another role is answered as a missing page', async () => {
    const passwordHash = await new PasswordHasher().hash(TEST_PASSWORD);
    const { email } = await insertAccount(site.testApp.database(), Role.THERAPIST, { passwordHash });
    const { page, close } = await site.open();
    await page.goto(`${site.baseUrl()}/login`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/referrals$/);
    const response = await page.goto(`${site.baseUrl()}/my-listing`);
    expect(response?.status()).toBe(404);
    await close();
  });
});
