import { useLocale } from '../../components/locale';
import { en, type MessageKey } from '../../i18n/messages.en';

export interface KeyCount {
  key: string;
  count: number;
}

/** The label of an API key under a message prefix (`figures.declineReason`); the key itself if we have none. */
function useKeyLabel(prefix: string): (key: string) => string {
  const { t } = useLocale();
  return (key) => {
    const messageKey = `${prefix}.${key}`;
    return messageKey in en ? t(messageKey as MessageKey) : key;
  };
}

/** Counts by key, each with its label: "Not taking new patients: 2". */
export function CountList({ counts, labels }: { counts: KeyCount[]; labels: string }) {
  const { t, number } = useLocale();
  const labelOf = useKeyLabel(labels);
  if (counts.length === 0) return <>{t('figures.noneOfThese')}</>;
  return (
    <ul className="usa-list usa-list--unstyled figure-counts">
      {counts.map(({ key, count }) => (
        <li key={key}>{t('figures.countOf', { label: labelOf(key), count: number(count) })}</li>
      ))}
    </ul>
  );
}

export function MedianHours({ hours }: { hours: number | null | undefined }) {
  const { t, number } = useLocale();
  return <>{hours == null ? t('figures.noAnswerYet') : t('figures.hours', { hours: number(hours) })}</>;
}
