import { mapNodes, Page } from '@app/shared';
import { ListingSignalKind } from '../feedback/listing-feedback.repository';
import {
  KeyCount,
  ListingReferralFlag,
  ListingReferralStatistics,
  ListingReferralStatisticsConnection,
  ReferralAuditEntry,
  ReferralOutcomeNote,
  SignalCount,
} from '../models/referral-admin.model';
import { ReferralAuditAction } from '../referral-journal';
import { ReferralOutcome } from '../referral.vocabulary';
import { FlagRow, ListingStatisticsRow } from './referral-admin.repository';
import { AuditEntry, Named, OutcomeNote } from './referral-admin.service';

const SECONDS_PER_HOUR = 3600;

function toKeyCounts(counts: Record<string, number>): KeyCount[] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function toListingStatistics(row: Named<ListingStatisticsRow>): ListingReferralStatistics {
  const median = row.medianSecondsToFirstResponse;
  return {
    listing: { id: row.providerId, name: row.name },
    sent: row.sent,
    accepted: row.accepted,
    declined: toKeyCounts(row.declined),
    medianHoursToFirstResponse: median === null ? null : Math.round((Number(median) / SECONDS_PER_HOUR) * 100) / 100,
    outcomes: toKeyCounts(row.outcomes),
    statuses: toKeyCounts(row.statuses),
  };
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
