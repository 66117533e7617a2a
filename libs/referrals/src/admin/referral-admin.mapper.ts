import { mapNodes, Page, UsState } from '@app/shared';
import { ListingSignalKind } from '../feedback/listing-feedback.repository';
import {
  KeyCount,
  ListingReferralFlag,
  ListingReferralStatistics,
  ListingReferralStatisticsConnection,
  ReferralAuditEntry,
  ReferralFigures,
  ReferralOutcomeNote,
  SignalCount,
  StateReferralStatistics,
} from '../models/referral-admin.model';
import { ReferralAuditAction } from '../referral-journal';
import { ReferralOutcome } from '../referral.vocabulary';
import { FiguresRow, FlagRow, ListingStatisticsRow, StateStatisticsRow } from './referral-admin.repository';
import { AuditEntry, Named, OutcomeNote } from './referral-admin.service';

const SECONDS_PER_HOUR = 3600;

function toKeyCounts(counts: Record<string, number>): KeyCount[] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

function toFigures(row: FiguresRow): ReferralFigures {
  const median = row.medianSecondsToFirstResponse;
  return {
    sent: row.sent,
    accepted: row.accepted,
    declined: toKeyCounts(row.declined),
    medianHoursToFirstResponse: median === null ? null : Math.round((Number(median) / SECONDS_PER_HOUR) * 100) / 100,
    outcomes: toKeyCounts(row.outcomes),
    statuses: toKeyCounts(row.statuses),
  };
}

export function toListingStatistics(row: Named<ListingStatisticsRow>): ListingReferralStatistics {
  return { listing: { id: row.providerId, name: row.name }, ...toFigures(row) };
}

export function toStateStatistics(row: StateStatisticsRow): StateReferralStatistics {
  return { state: row.state as UsState, ...toFigures(row) };
}

export function toStatisticsConnection(page: Page<Named<ListingStatisticsRow>>): ListingReferralStatisticsConnection {
  return mapNodes(page, toListingStatistics);
}

export function toListingFlag(row: Named<FlagRow>): ListingReferralFlag {
  const evidence: SignalCount[] = Object.entries(row.evidence.signals).map(([kind, count]) => ({
    kind: kind as ListingSignalKind,
    count: count ?? 0,
  }));
  return {
    listing: { id: row.providerId, name: row.name },
    flaggedAt: row.flaggedAt,
    evidence,
    windowDays: row.evidence.windowDays,
    threshold: row.evidence.threshold,
  };
}

export function toAuditEntry(row: AuditEntry): ReferralAuditEntry {
  return {
    action: row.action as ReferralAuditAction,
    actorAccountId: row.actorAccountId,
    actorRole: row.actorRole,
    at: row.createdAt,
  };
}

export function toOutcomeNote(note: OutcomeNote): ReferralOutcomeNote {
  return { outcome: note.outcome as ReferralOutcome, note: note.note, recordedOn: note.recordedOn };
}
