import { Caller } from '@app/auth';
import { AppConfig } from '@app/config';
import { CursorCodec, DEFAULT_PAGE_SIZE } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { openOutcomeNote } from '../privacy/client-details';
import { FieldCipher } from '../privacy/field-cipher';
import { ReferralAuditAction, ReferralJournal } from '../referral-journal';
import { AuditRow, FlagRow, ListingStatisticsRow, ReferralAdminRepository } from './referral-admin.repository';

export interface StatisticsPage {
  rows: ListingStatisticsRow[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface OutcomeNote {
  outcome: string;
  note: string;
  recordedOn: string;
}

const STATISTICS_QUERY = 'referral-statistics';

/** What admins may know about referrals: aggregates, flags, the audit trail and outcome notes; no client details. */
@Injectable()
export class ReferralAdminService {
  private readonly cursors: CursorCodec;

  constructor(
    private readonly admin: ReferralAdminRepository,
    private readonly journal: ReferralJournal,
    private readonly cipher: FieldCipher,
    config: AppConfig,
  ) {
    this.cursors = new CursorCodec(config.appSecret);
  }

  async statistics(first: number | undefined, after: string | undefined): Promise<StatisticsPage> {
    const limit = first ?? DEFAULT_PAGE_SIZE;
    const afterId = after ? String(this.cursors.decode(after, 'after', STATISTICS_QUERY).keys[0]) : null;
    const rows = await this.admin.statistics(limit + 1, afterId);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: page,
      hasNextPage: rows.length > limit,
      endCursor: last ? this.cursors.encode({ query: STATISTICS_QUERY, keys: [last.providerId] }) : null,
    };
  }

  audit(referralId: string): Promise<AuditRow[]> {
    return this.admin.audit(referralId);
  }

  flags(): Promise<FlagRow[]> {
    return this.admin.openFlags();
  }

  /** Each note read is audited like a read of client details. */
  outcomeNotes(caller: Caller, providerId: string): Promise<OutcomeNote[]> {
    return this.admin.transaction(async (manager) => {
      const rows = await this.admin.sealedOutcomeNotes(providerId);
      const notes: OutcomeNote[] = [];
      for (const row of rows) {
        await this.journal.audit(manager, row.referralId, caller.id, ReferralAuditAction.READ_OUTCOME_NOTE);
        notes.push({
          outcome: row.outcome,
          note: openOutcomeNote(this.cipher, row.referralId, row.noteSealed),
          recordedOn: row.recordedOn,
        });
      }
      return notes;
    });
  }
}
