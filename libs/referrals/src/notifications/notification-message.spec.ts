import { NotificationKind, renderNotification } from './notification-message';
import { retryDelaySeconds } from './outbox.repository';

describe('renderNotification', () => {
  const sut = renderNotification;

  it.each([
    [NotificationKind.REFERRAL_RECEIVED, 'You have a new referral'],
    [NotificationKind.REFERRAL_UPDATED, 'A referral has an update'],
  ])('says only that there is news (%s) and links to it', (kind, subject) => {
    const mail = sut(
      { id: '7', kind, referralId: 'r-1', recipientEmail: 'dr@example.test', recipientName: 'Dr A' },
      'https://x.example',
    );
    expect(mail).toEqual({
      notificationId: '7',
      to: 'dr@example.test',
      subject,
      text: expect.stringContaining('https://x.example/referrals/r-1'),
    });
  });
});

describe('retryDelaySeconds', () => {
  it('doubles from 30 seconds up to an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 1920, 3600, 3600]);
  });
});
