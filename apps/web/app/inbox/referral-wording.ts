import type { ReferralStatus } from '../api/schema-types.generated';
import type { Locale } from '../components/locale';
import { isMessageKey } from '../i18n/messages.en';

/** The inbox's tabs: referrals waiting for an answer, accepted ones with something left to do, and closed ones. */
export const INBOX_GROUPS = {
  new: ['SENT', 'VIEWED'],
  waiting: ['ACCEPTED', 'SCHEDULED'],
  past: ['DECLINED', 'COMPLETED', 'NO_SHOW', 'COULD_NOT_CONTACT', 'CANCELLED', 'EXPIRED'],
} as const satisfies Record<string, readonly ReferralStatus[]>;

export type InboxGroup = keyof typeof INBOX_GROUPS;

export function isInboxGroup(value: string | null): value is InboxGroup {
  return value !== null && Object.hasOwn(INBOX_GROUPS, value);
}

/** The reasons a therapist picks from are slugs; one the site does not know yet reads as the API wrote it. */
export function reasonLabel(reason: string, { t }: Locale): string {
  const key = `inbox.reason.${reason}`;
  return isMessageKey(key) ? t(key) : reason;
}

/** What the provider should do about a referral now, in one sentence. */
export function nextStepOf(referral: { status: ReferralStatus; expiresAt: string }, { t, date }: Locale): string {
  switch (referral.status) {
    case 'SENT':
    case 'VIEWED':
      return t(`inbox.next.${referral.status}`, { date: date(referral.expiresAt) });
    case 'ACCEPTED':
    case 'SCHEDULED':
      return t(`inbox.next.${referral.status}`);
    default:
      return t('inbox.next.closed');
  }
}
