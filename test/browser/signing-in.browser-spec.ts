import { Role } from '@app/auth';
import { TEST_PASSWORD } from '@test/support/accounts';
import { insertAccount } from '@test/factories/account.factory';
import { PasswordHasher } from '@app/auth/testing';
import { useWebSite } from '@test/support/use-web-site';
import { fillLogIn } from './forms';

const site = useWebSite();

async function therapist(): Promise<string> {
  const passwordHash = await new PasswordHasher().hash(TEST_PASSWORD);
  return (await insertAccount(site.testApp.database(), Role.THERAPIST, { passwordHash })).email;
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('signing in %s', (_, javaScript) => {
  it('sends a signed-out visitor to log in, then back to the page they opened; log-out ends the session', async () => {
    const email = await therapist();
    const { page, close } = await site.open({ javaScript });
    await page.goto(`${site.baseUrl()}/login?next=${encodeURIComponent('/states')}`);
    await fillLogIn(page, email);
    await page.waitForURL(/\/states$/);

    expect(await page.getByText(/Signed in as/).textContent()).toContain('Signed in as');
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === 'acd_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login\?logged-out/);
    expect(await page.getByRole('status').textContent()).toContain('You are logged out.');
    expect((await page.context().cookies()).find((cookie) => cookie.name === 'acd_session')).toBeUndefined();
    await close();
  });

  it('still goes back to the page the visitor opened after a refused try', async () => {
    const email = await therapist();
    const { page, close } = await site.open({ javaScript });
    await page.goto(`${site.baseUrl()}/login?next=${encodeURIComponent('/states')}`);
    await fillLogIn(page, email, 'not the password at all');
    expect(await page.getByRole('alert').textContent()).toContain('We could not log you in.');
    await fillLogIn(page, email);
    await page.waitForURL(/\/states$/);
    await close();
  });

  it('says why a log-in was refused, keeping the address but never the password', async () => {
    const email = await therapist();
    const { page, close } = await site.open({ javaScript });
    await page.goto(`${site.baseUrl()}/login`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Log in' }).click();

    expect(await page.getByRole('alert').textContent()).toContain('We could not log you in.');
    expect(await page.getByLabel('Email address').inputValue()).toBe(email);
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await close();
  });
});

describe('forms that change something', () => {
  it('refuse a post without its CSRF token: nothing changes and the page is shown again', async () => {
    const email = await therapist();
    const response = await fetch(`${site.baseUrl()}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password: TEST_PASSWORD }).toString(),
    });

    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('acd_session');
    expect(await response.text()).toContain('That form had expired');
  });
});
