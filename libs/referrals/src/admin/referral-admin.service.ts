import { Caller } from '@app/auth';
import { AppConfig } from '@app/config';
import { KeysetPager, Page } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { openOutcomeNote } from '../privacy/client-details';
import { FieldCipher } from '../privacy/field-cipher';
import { ReferralAuditAction, ReferralJournal } from '../referral-journal';
import { AuditRow, FlagRow, ListingStatisticsRow, ReferralAdminRepository } from './referral-admin.repository';

export interface OutcomeNote {
  outcome: string;
  note: string;
  recordedOn: string;
}

/** What admins may know about referrals: aggregates, flags, the audit trail and outcome notes; no client details. */
@Injectable()
export class ReferralAdminService {
  private readonly pager: KeysetPager;

  constructor(
    private readonly admin: ReferralAdminRepository,
    private readonly journal: ReferralJournal,
    private readonly cipher: FieldCipher,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(config.appSecret);
  }

  statistics(first: number | undefined, after: string | undefined): Promise<Page<ListingStatisticsRow>> {
    return this.pager.page(
      { first, after },
      {
        query: 'referral-statistics',
        fetch: (afterKeys, limit) => this.admin.statistics(limit, afterKeys ? String(afterKeys[0]) : null),
        keysOf: (row) => [row.providerId],
      },
    );
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
