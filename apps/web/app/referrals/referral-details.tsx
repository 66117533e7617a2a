import type { ReactNode } from 'react';
import type { SentReferralQuery } from '../api/graphql.generated';
import { useLocale } from '../components/locale';
import { isMessageKey } from '../i18n/messages.en';
import type { Translate } from '../i18n/i18n';
import { waitingOn } from './referral-vocabulary';

export type SentReferral = SentReferralQuery['referral'];

/** A list of terms and what they are, skipping the ones with nothing to say. */
function Facts({ facts }: { facts: Array<[string, ReactNode | null | undefined | false]> }) {
  return (
    <dl className="referral-facts">
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== false)
        .map(([term, value]) => (
          <div key={term} className="referral-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** The words for a code the API gives as text (a referral reason, an event's reason), or the code itself. */
function labelOf(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function ReferralStatusSummary({ referral }: { referral: SentReferral }) {
  const { t, date } = useLocale();
  const unanswered = referral.status === 'SENT' || referral.status === 'VIEWED';
  return (
    <section aria-labelledby="referral-status-heading">
      <h2 id="referral-status-heading">{t('referral.statusHeading')}</h2>
      <Facts
        facts={[
          [t('referral.status'), <strong key="status">{t(`referralStatus.${referral.status}`)}</strong>],
          [t('referral.waitingOn'), t(waitingOn(referral))],
          [t('referral.sentOn'), date(referral.createdAt)],
          [t('referral.lastChange'), date(referral.updatedAt)],
          [t('referral.expiresOn'), unanswered && date(referral.expiresAt)],
          [t('referral.scheduledFor'), referral.scheduledFor && date(referral.scheduledFor)],
          [t('referral.cancelReason'), referral.cancelReason && t(`cancelReason.${referral.cancelReason}`)],
          [t('referral.declineReason'), referral.declineReason && t(`declineReason.${referral.declineReason}`)],
          [t('referral.outcome'), referral.outcome && t(`referralOutcome.${referral.outcome}`)],
        ]}
      />
      {referral.warnings.includes('NOT_ACCEPTING_NEW_PATIENTS') && <p>{t('referral.warningNotAccepting')}</p>}
    </section>
  );
}

export function ReferralSentDetails({
  referral,
  accommodationNames,
  stateName,
}: {
  referral: SentReferral;
  accommodationNames: string[];
  stateName: string;
}) {
  const { t, date } = useLocale();
  const { client, consent } = referral;
  return (
    <section aria-labelledby="referral-sent-heading">
      <h2 id="referral-sent-heading">{t('referral.sentHeading')}</h2>
      <Facts
        facts={[
          [t('referral.reason'), labelOf(t, 'referralReason', referral.reason)],
          [t('referral.urgency'), t(`referralUrgency.${referral.urgency}`)],
          [t('referral.clientState'), stateName],
          [t('referral.modality'), t(`careModality.${referral.modality}`)],
          [
            t('referral.accommodations'),
            accommodationNames.length > 0 ? accommodationNames.join(', ') : t('referral.noAccommodations'),
          ],
          [t('referral.clientName'), client?.name],
          [t('referral.preferredContact'), client && t(`contactMethod.${client.preferredContact}`)],
          [t('referral.email'), client?.email],
          [t('referral.phone'), client?.phone],
          [t('referral.note'), client?.note && <span className="referral-facts__note">{client.note}</span>],
          [
            t('referral.consent'),
            consent &&
              t('referral.consentGiven', {
                method: t(`consentMethod.${consent.method}`),
                date: date(consent.givenAt),
              }),
          ],
        ]}
      />
    </section>
  );
}

/** Every change of status, oldest first, with the reason given for a decline or a cancellation. */
export function ReferralTimeline({ events }: { events: SentReferral['events'] }) {
  const { t, date } = useLocale();
  return (
    <section aria-labelledby="referral-timeline-heading">
      <h2 id="referral-timeline-heading">{t('referral.timelineHeading')}</h2>
      <ol className="usa-list referral-timeline">
        {events.map((event) => (
          <li key={`${event.at}-${event.toStatus}`}>
            <time dateTime={event.at}>{date(event.at)}</time>: {t(`referralEvent.${event.toStatus}`)}
            {event.reason && (
              <>
                {'. '}
                {t('referral.eventReason', {
                  reason: labelOf(t, event.toStatus === 'DECLINED' ? 'declineReason' : 'cancelReason', event.reason),
                })}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
