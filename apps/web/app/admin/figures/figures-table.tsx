import type { ReactNode } from 'react';
import { useLocale } from '../../components/locale';
import { ColumnHeads } from '../../components/column-heads';
import { CountList, type KeyCount, MedianHours } from './figure-cells';

export interface ReferralFigures {
  sent: number;
  accepted: number;
  declined: KeyCount[];
  medianHoursToFirstResponse?: number | null;
  outcomes: KeyCount[];
}

export interface FiguresRow {
  key: string;
  /** What the row is about: a state, a listing. */
  head: ReactNode;
  figures: ReferralFigures;
}

/** Referral figures, one row per state or listing; stacked on a phone. */
export function FiguresTable({ caption, headLabel, rows }: { caption: string; headLabel: string; rows: FiguresRow[] }) {
  const { t, number } = useLocale();
  const labels = [
    headLabel,
    t('figures.sent'),
    t('figures.accepted'),
    t('figures.declined'),
    t('figures.medianHours'),
    t('figures.outcomes'),
  ];
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless figures-table">
      <caption>{caption}</caption>
      <ColumnHeads labels={labels} />
      <tbody>
        {rows.map(({ key, head, figures }) => (
          <tr key={key}>
            <th scope="row" data-label={labels[0]}>
              {head}
            </th>
            <td data-label={labels[1]}>{number(figures.sent)}</td>
            <td data-label={labels[2]}>{number(figures.accepted)}</td>
            <td data-label={labels[3]}>
              <CountList counts={figures.declined} labels="figures.declineReason" />
            </td>
            <td data-label={labels[4]}>
              <MedianHours hours={figures.medianHoursToFirstResponse} />
            </td>
            <td data-label={labels[5]}>
              <CountList counts={figures.outcomes} labels="referralOutcome" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
