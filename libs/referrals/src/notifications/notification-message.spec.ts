import { NotificationKind, renderReferralNotice } from './notification-message';

describe('renderReferralNotice', () => {
  const sut = renderReferralNotice;

  it.each([
    [NotificationKind.REFERRAL_RECEIVED, 'You have a new referral'],
    [NotificationKind.REFERRAL_UPDATED, 'A referral has an update'],
  ])('says only that there is news (%s) and links to it', (kind, subject) => {
    const mail = sut(
      { kind, referralId: 'r-1', recipientEmail: 'dr@example.test', recipientName: 'Dr A' },
      'https://x.example',
    );
    expect(mail).toEqual({
      to: 'dr@example.test',
      subject,
      text: expect.stringContaining('https://x.example/referrals/r-1'),
    });
  });
});
