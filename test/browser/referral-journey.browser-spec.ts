import { Role } from '@app/auth';
import { signedInAccount } from '@test/support/accounts';
import { deliverMail, mailsTo } from '@test/support/mailbox';
import { listingOwner } from '@test/support/referrals';
import { useWebSite } from '@test/support/use-web-site';
import type { Page } from 'playwright-core';
import { fillLogIn, tick } from './forms';

const site = useWebSite({ dataDir: true });
const app = () => site.testApp.app();

/** The path of the newest referral link mailed to this address (mails carry PUBLIC_URL, not the test's port). */
async function mailedReferralPath(address: string): Promise<string> {
  await deliverMail(app());
  const paths = mailsTo(site.testApp.dataDir(), address).flatMap(
    (mail) => /https?:\/\/[^/\s]+(\/referrals\/[0-9a-f-]{36})/.exec(mail.text)?.[1] ?? [],
  );
  if (!paths.length) throw new Error(`no referral link was mailed to ${address}`);
  return paths[paths.length - 1];
}

async function statusSeenBy(page: Page): Promise<string> {
  await page.reload();
  return (await page.locator('.referral-facts').first().innerText()).replace(/\s+/g, ' ');
}

async function firstKansasGynecologist(): Promise<{ id: string; displayName: string }> {
  const response = await fetch(
    `${site.baseUrl()}/api/v1/providers?state=KS&category=gynecology&acceptingNewPatients=true`,
  );
  const { data } = (await response.json()) as { data: Array<{ id: string; displayName: string }> };
  return data[0];
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a referral from first search to recorded outcome, %s', (_, javaScript) => {
  it('goes between a therapist and a provider, each in their own browser, and each sees every step', async () => {
    const therapist = await signedInAccount(app(), site.testApp.database(), Role.THERAPIST);
    const listing = await firstKansasGynecologist();
    const provider = await listingOwner(app(), site.testApp.database(), listing.id);
    const therapistSide = await site.open({ javaScript });
    const providerSide = await site.open({ javaScript });
    const t = therapistSide.page;
    const p = providerSide.page;

    // The therapist finds the provider and refers a consenting client.
    await t.goto(`${site.baseUrl()}/search?state=KS&category=gynecology&acceptingNewPatients=true`);
    await t.getByRole('link', { name: `Refer a client to ${listing.displayName}` }).click();
    await t.waitForURL(/\/login\?next=/);
    await fillLogIn(t, therapist.email);
    await t.waitForURL(/\/referrals\/new\?provider=/);
    await t.getByLabel('Reason for the referral').selectOption('postcoital-bleeding');
    await tick(t, 'Soon: within a week or two');
    await t.getByLabel('State your client lives in').selectOption('KS');
    await tick(t, 'Either way');
    await t.getByLabel('Your client’s first name or initials').fill('Quill');
    await tick(t, 'The provider emails my client');
    await t.getByLabel('Your client’s email address').fill('quill.private@example.test');
    await tick(t, 'My client agreed to this referral');
    await tick(t, 'Out loud, in a session');
    await t.getByRole('button', { name: 'Send the referral' }).click();
    await t.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    const referralPath = new URL(t.url()).pathname;
    expect(await statusSeenBy(t)).toContain('Status Sent');

    // The provider gets the mail, follows its link, logs in and lands on the referral, without the client's details.
    expect(await mailedReferralPath(provider.email)).toBe(referralPath);
    await p.goto(`${site.baseUrl()}${referralPath}`);
    await p.waitForURL(/\/login\?next=/);
    await fillLogIn(p, provider.email);
    await p.waitForURL(new RegExp(`/inbox/${referralPath.split('/').pop()}$`));
    expect(await p.locator('main').innerText()).not.toContain('Quill');
    expect(await statusSeenBy(t)).toContain('Opened by the provider');

    await p.getByRole('button', { name: 'Accept the referral' }).click();
    await p.waitForSelector('text=You accepted this referral.');
    const accepted = await p.locator('main').innerText();
    expect(accepted).toContain('Quill');
    expect(accepted).toContain('quill.private@example.test');
    expect(await statusSeenBy(t)).toContain('Status Accepted');

    await p.getByLabel('Appointment date').fill('2026-12-14');
    await p.getByRole('button', { name: 'Record the appointment' }).click();
    await p.waitForSelector('text=Status: Appointment scheduled');
    expect(await statusSeenBy(t)).toContain('Status Appointment scheduled');

    await p.getByRole('button', { name: 'The client was seen' }).click();
    await p.waitForSelector('text=Status: Seen');
    expect(await statusSeenBy(t)).toContain('Waiting on You, to record how it went');

    // The therapist records how it went; the timeline holds every step.
    await tick(t, 'Seen, and the care was affirming');
    await t.getByRole('button', { name: 'Record how it went' }).click();
    await t.waitForSelector('text=Waiting onNothing');
    const timeline = await t.locator('.referral-timeline').innerText();
    expect(timeline).toContain('The provider marked the visit as done');
    await site.screenshot(t, 'journey-therapist-referral');
    await site.screenshot(p, 'journey-provider-referral');
    await therapistSide.close();
    await providerSide.close();
  });
});
