import { TEST_PASSWORD } from '@test/support/accounts';
import type { Page } from 'playwright-core';

/** Fills the log-in form the page shows (`/login`, or where a signed-out visitor was sent) and sends it. */
export async function fillLogIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Ticks a radio or a checkbox by its label, as a visitor does (USWDS draws its own boxes over the inputs). */
export async function tick(page: Page, label: string | RegExp): Promise<void> {
  await page.locator('label').filter({ hasText: label }).click();
}
