import { AccountMailKind, renderAccountMail } from './account-mail';

describe('renderAccountMail', () => {
  const settings = { publicUrl: 'https://x.example', emailConfirmationHours: 24, passwordResetMinutes: 30 };
  const mail = (kind: AccountMailKind, token: string | null = null) =>
    renderAccountMail({ kind, to: 'sam@example.test', name: 'Sam', token }, settings);

  it('links a confirmation to the site, saying how long it works', () => {
    const sent = mail(AccountMailKind.EMAIL_CONFIRMATION, 'id.s3cret');
    expect(sent).toMatchObject({ to: 'sam@example.test', subject: 'Confirm your email address' });
    expect(sent.text).toContain('https://x.example/confirm-email?token=id.s3cret');
    expect(sent.text).toContain('for 24 hours');
  });

  it('links a reset to the site, saying it ends every session', () => {
    const sent = mail(AccountMailKind.PASSWORD_RESET, 'id.s3cret');
    expect(sent.text).toContain('https://x.example/reset-password?token=id.s3cret');
    expect(sent.text).toContain('signs you out everywhere');
  });

  it('tells the owner of a taken address what to do, with no link that acts', () => {
    const sent = mail(AccountMailKind.SIGN_UP_ATTEMPT);
    expect(sent.subject).toBe('Someone tried to sign up with your address');
    expect(sent.text).toContain('https://x.example/reset-password');
    expect(sent.text).not.toContain('token=');
  });
});
