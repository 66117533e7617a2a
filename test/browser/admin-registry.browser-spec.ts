import { Role } from '@app/auth';
import { seedDemoRegistry, syntheticListings } from '@app/directory/testing';
import { aListing } from '@test/factories/listing.factory';
import { affirmAttestation } from '@test/factories/listing-rows.factory';
import {
  aRegistryRow,
  insertRegistryImport,
  insertRegistryRows,
  type RegistryRow,
} from '@test/factories/registry.factory';
import { nextOneTimeCode, signedInAccount, TEST_PASSWORD } from '@test/support/accounts';
import { insertListings } from '@test/support/fixtures';
import { graphql } from '@test/support/graphql';
import { LAPTOP_WIDTH, PHONE_WIDTH, useWebSite } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';

const site = useWebSite();
const database = () => site.testApp.database();

/** A fresh admin each time: a one-time code is accepted once. */
async function logInAsAdmin(page: Page, next: string): Promise<void> {
  const admin = await signedInAccount(site.testApp.app(), database(), Role.ADMIN);
  await page.goto(`${site.baseUrl()}/login`);
  await page.getByLabel('Email address').fill(admin.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('Code from your authenticator app').fill(nextOneTimeCode(admin));
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/admin\/listings$/);
  await page.goto(`${site.baseUrl()}${next}`);
}

async function inRegistry(rows: Array<Partial<RegistryRow>>): Promise<RegistryRow[]> {
  const made = rows.map((row) => aRegistryRow(row));
  await insertRegistryRows(database(), made);
  return made;
}

/** A provider's claim of a registry NPI no listing has: the API starts the draft from the registry. */
async function claimRegistryNpi(row: RegistryRow): Promise<string> {
  const claimant = await signedInAccount(site.testApp.app(), database(), Role.PROVIDER);
  const claimed = await graphql(
    site.testApp.app(),
    'mutation ($npi: String!) { claimListing(npi: $npi, licenses: [{ state: KS, licenseType: "MD", number: "KS-1" }]) { id } }',
    { npi: row.npi },
    claimant.token,
  );
  expect(claimed.errors).toBeUndefined();
  const [draft] = await database().query<{ id: string }>('SELECT id FROM providers WHERE npi = $1', [row.npi]);
  return draft.id;
}

beforeAll(() => insertRegistryImport(database(), '2026-11-09'));

describe('the registry candidates page', () => {
  it('filters by state, specialty and name, pages, and downloads every candidate as CSV', async () => {
    const rows = await inRegistry(
      Array.from({ length: 26 }, (_, index) => ({ practiceState: 'WY', lastName: `CANDIDATE${index}` })),
    );
    const [listed, deactivated] = await inRegistry([
      { practiceState: 'WY', lastName: 'LISTEDALREADY' },
      { practiceState: 'WY', lastName: 'DEACTIVATEDONE', deactivatedOn: '2026-10-01' },
    ]);
    await insertListings(database(), [aListing({ npi: listed.npi })]);
    const [nursePractitioner] = await inRegistry([
      {
        practiceState: 'WY',
        lastName: 'NURSEPRACTITIONER',
        taxonomies: [{ code: '363LF0000X', licenseNumber: 'WY-5', licenseState: 'WY', primary: true }],
      },
    ]);
    const { page, close } = await site.open({ javaScript: false });
    await logInAsAdmin(page, '/admin/registry');
    expect(await page.getByText('Choose a state to see its candidates.').isVisible()).toBe(true);

    await page.getByLabel('State of practice').selectOption('WY');
    await page.getByRole('button', { name: 'Show candidates' }).click();
    expect(await page.getByText('Registry data of November 9, 2026.').isVisible()).toBe(true);
    const table = page.getByRole('table', { name: 'Candidates, by NPI' });
    expect(await table.getByRole('row').count()).toBe(26);
    expect(await table.textContent()).not.toMatch(/LISTEDALREADY|DEACTIVATEDONE/);
    await page.getByRole('link', { name: 'Next page' }).click();
    expect(await table.getByRole('row').count()).toBe(3);

    const csvLink = page.getByRole('link', { name: 'Download CSV' });
    const csv = await page.request.get(new URL((await csvLink.getAttribute('href'))!, site.baseUrl()).toString());
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'npi,name,credentials,specialties,taxonomy_codes,street,city,state,postal_code,phone,registry_data_date',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      [...rows, nursePractitioner].map((row) => row.npi).sort(),
    );
    expect(lines.join('\n')).not.toContain(deactivated.npi);

    await page.getByLabel('Specialty').selectOption('family-nurse-practitioner');
    await page.getByRole('button', { name: 'Show candidates' }).click();
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await table.textContent()).toContain('NURSEPRACTITIONER');

    await page.getByLabel('Specialty').selectOption('');
    await page.getByLabel('Name starts with').fill('candidate2');
    await page.getByRole('button', { name: 'Show candidates' }).click();
    // CANDIDATE2 and CANDIDATE20…25, with the header row.
    expect(await table.getByRole('row').count()).toBe(8);
    await close();
  });

  it('does not exist to anyone but an admin', async () => {
    const account = await signedInAccount(site.testApp.app(), database(), Role.PROVIDER);
    const { page, close } = await site.open({ javaScript: false });
    const paths = ['/admin/registry?state=KS', '/admin/registry/candidates.csv?state=KS'];
    for (const path of paths) expect((await page.goto(`${site.baseUrl()}${path}`))?.status()).toBe(404);
    await page.goto(`${site.baseUrl()}/login`);
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/inbox/);
    for (const path of paths) expect((await page.goto(`${site.baseUrl()}${path}`))?.status()).toBe(404);
    await close();
  });
});

describe('the registry record beside listings and claims', () => {
  it('shows the record on a claim and its listing, and a deactivation among the reasons to re-verify', async () => {
    const [registered] = await inRegistry([{ firstName: 'RENATA', lastName: 'PANELTEST' }]);
    const listingId = await claimRegistryNpi(registered);
    const approved = aListing({ lastName: 'Deactivatedreg' });
    await insertListings(database(), [approved]);
    await affirmAttestation(database(), approved.id);
    await database().query('UPDATE providers SET reverify_on = current_date + 200 WHERE id = $1', [approved.id]);
    // The registry import deactivates the NPI and puts the listing in the queue.
    await inRegistry([{ npi: approved.npi, lastName: 'DEACTIVATEDREG', deactivatedOn: '2026-11-02' }]);
    await database().query('UPDATE providers SET reverify_on = current_date WHERE id = $1', [approved.id]);

    const { page, close } = await site.open({ javaScript: false });
    await logInAsAdmin(page, '/admin/claims');
    const claim = page.getByRole('region', { name: `Claim of Renata Paneltest (NPI ${registered.npi})` });
    const panel = claim.locator('.registry-panel');
    const text = await panel.textContent();
    expect(text).toContain('The legal name matches the registry’s.');
    expect(text).toContain('Active in the registry.');
    expect(text).toContain(`Gynecology Physician (207VG0400X)`);
    expect(text).toContain(`KS ${registered.taxonomies[0].licenseNumber}`);
    expect(text).toContain('Registry data of November 9, 2026 (file npidata_pfile_synthetic.csv).');
    // The registry gives no license expiry, and the draft makes none up.
    const registryLicense = `KS MD ${registered.taxonomies[0].licenseNumber}`;
    expect(await claim.getByRole('table', { name: 'Licenses on the listing' }).textContent()).toContain(
      `${registryLicense}Expiry not entered, not verified`,
    );

    await page.goto(`${site.baseUrl()}/admin/listings/${listingId}`);
    expect(await page.getByRole('region', { name: 'NPI registry' }).textContent()).toContain('RENATA PANELTEST');
    expect(await page.getByText('started it from the NPI registry for a claim').count()).toBe(1);
    expect(await page.getByText(`${registryLicense}, expiry not entered`).count()).toBeGreaterThan(0);

    await page.goto(`${site.baseUrl()}/admin/listings/${approved.id}`);
    const deactivatedPanel = await page.getByRole('region', { name: 'NPI registry' }).textContent();
    expect(deactivatedPanel).toContain('Deactivated in the registry on November 2, 2026.');
    expect(deactivatedPanel).toContain('Only the last name matches the registry’s');

    await page.goto(`${site.baseUrl()}/admin/reverification`);
    expect(await page.getByRole('row').filter({ hasText: approved.lastName }).textContent()).toContain(
      'NPI deactivated in the registry on November 2, 2026',
    );
    const unregistered = aListing({ lastName: 'Unregistered' });
    await insertListings(database(), [unregistered]);
    await page.goto(`${site.baseUrl()}/admin/listings/${unregistered.id}`);
    expect(await page.getByRole('region', { name: 'NPI registry' }).textContent()).toContain(
      'This NPI is not in the registry (registry data of November 9, 2026).',
    );
    await close();
  });
});

describe.each([
  ['phone', PHONE_WIDTH],
  ['laptop', LAPTOP_WIDTH],
])('at %s width', (name, width) => {
  it('the registry page and panels pass axe, each with one h1', async () => {
    await inRegistry(
      Array.from({ length: 3 }, (_, index) => ({ practiceState: 'VT', lastName: `AXECANDIDATE${index}${name}` })),
    );
    const [registered] = await inRegistry([{ lastName: `AXEPANEL${name}`.toUpperCase() }]);
    const listingId = await claimRegistryNpi(registered);
    const { page, close } = await site.open({ width });
    const check = async (shot: string) => {
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      await site.screenshot(page, `admin-${shot}-${name}`);
    };
    await logInAsAdmin(page, '/admin/registry?state=VT');
    await check('registry-candidates');
    await page.goto(`${site.baseUrl()}/admin/claims`);
    await page
      .getByRole('region', { name: new RegExp(`NPI ${registered.npi}`) })
      .locator('.registry-panel')
      .scrollIntoViewIfNeeded();
    await check('claims-registry');
    await page.goto(`${site.baseUrl()}/admin/listings/${listingId}`);
    await page.getByRole('region', { name: 'NPI registry' }).scrollIntoViewIfNeeded();
    await check('listing-registry');
    await close();
  });
});

// Last: the demo registry's candidates would join the counts above.
describe('the demo registry', () => {
  beforeAll(async () => {
    const client = await database().client();
    try {
      const today = new Date().toISOString().slice(0, 10);
      await seedDemoRegistry(client, [...syntheticListings({ count: 600, today })], today);
    } finally {
      await client.end();
    }
  });

  it('lists Kansas candidates, and gives the review queue a match, a name to question and an NPI to look up', async () => {
    const { page, close } = await site.open({ width: LAPTOP_WIDTH });
    await logInAsAdmin(page, '/admin/registry?state=KS');
    const npis = await page
      .getByRole('table', { name: 'Candidates, by NPI' })
      .locator('tbody tr td:first-of-type')
      .allTextContents();
    expect(npis.length).toBeGreaterThan(5);
    expect(npis.filter((npi) => !npi.trim().startsWith('97'))).toEqual([]);
    await site.screenshot(page, 'admin-registry-laptop');

    const queue = await database().query<{ id: string }>(
      `SELECT id FROM providers WHERE status = 'SUBMITTED' ORDER BY npi LIMIT 3`,
    );
    const panels: string[] = [];
    for (const { id } of queue) {
      await page.goto(`${site.baseUrl()}/admin/listings/${id}`);
      panels.push((await page.getByRole('region', { name: 'NPI registry' }).textContent()) ?? '');
    }
    expect(panels[0]).toContain('The legal name matches the registry’s.');
    expect(panels[1]).toContain('The legal name does not match the registry’s.');
    expect(panels[2]).toContain('This NPI is not in the registry');
    await close();
  });
});
